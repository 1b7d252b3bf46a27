// Query limits: a document that would take the process down (fragments that expand
// exponentially, alias floods, many filings or sign-ins in one request, huge pages) is refused in
// validation, before any resolver runs and before the database is asked anything; every operation
// the web app sends still passes. Also: introspection only when asked for, and bad arguments are
// the client's error (BAD_USER_INPUT), never the server's.
import type { IncomingMessage } from "node:http";
import { parse, visit } from "graphql";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../server/src/context.ts";
import { measureDocument, QUERY_LIMITS, validateDocument } from "../../server/src/graphql/limits.ts";
import { schema } from "../../server/src/graphql/schema.ts";
import { attachExecutor, type SuaraRequestApi } from "../../server/src/http/in-process.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";
import { countDatabaseQueries } from "../support/query-counter.ts";
import { webDocuments } from "../support/web-documents.ts";

function aliasCount(source: string): number {
  let n = 0;
  visit(parse(source), { Field: (f) => void (f.alias && n++) });
  return n;
}

/** The finding: each fragment spreads the one before it twice, under a Prisma-backed relation. */
export function exponentialFragments(n: number): string {
  const parts = ["fragment F0 on Region { code name }"];
  for (let i = 1; i <= n; i++) parts.push(`fragment F${i} on Region { children { ...F${i - 1} } ...F${i - 1} }`);
  return `{ region(code: "73") { ...F${n} } }\n${parts.join("\n")}`;
}

const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(" ")} }`;

let server: TestServer;
let anonymous: GqlClient;
let verifier: GqlClient;

beforeAll(async () => {
  server = await startTestServer();
  anonymous = server.client();
  verifier = server.client();
  await server.signInOn(verifier, "verifikator@demo.suara.id");
}, 120_000);
afterAll(() => server?.close());

let unknownFields = 0;

async function refusedBeforeExecution(client: GqlClient, query: string, variables?: Record<string, unknown>) {
  // What a request costs when it is refused at once: the session lookup of a signed-in client.
  // A document never sent before: one refused before is answered from memory, without even that.
  const baseline = await countDatabaseQueries(server.db, () => client.request(`{ noSuchField${++unknownFields} }`));
  let res: Awaited<ReturnType<GqlClient["request"]>> | undefined;
  const queries = await countDatabaseQueries(server.db, async () => (res = await client.request(query, variables)));
  expect(res!.status).toBe(400);
  expect(res!.data).toBeUndefined();
  expect(res!.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED/);
  expect(queries).toBe(baseline);
  return res!;
}

describe("every operation the web app sends passes the limits", () => {
  const documents = webDocuments();

  it("finds the web's documents", () => {
    expect(documents.length).toBeGreaterThan(60);
  });

  it("validates each one, and the largest stays well inside each limit", () => {
    let largest = { fields: 0, depth: 0, aliases: 0, tokens: 0 };
    for (const { file, source } of documents) {
      const document = parse(source);
      expect(validateDocument(schema, document, { introspection: false }).map((e) => `${file}: ${e.message}`)).toEqual([]);
      for (const size of measureDocument(schema, document)) {
        expect(size.credentials, file).toBeLessThanOrEqual(1);
        largest = {
          fields: Math.max(largest.fields, size.fields),
          depth: Math.max(largest.depth, size.depth),
          aliases: Math.max(largest.aliases, aliasCount(source)),
          tokens: Math.max(largest.tokens, tokenCount(source)),
        };
      }
    }
    console.log("largest web operation:", largest);
    expect(largest.fields * 3).toBeLessThan(QUERY_LIMITS.maxFields);
    expect(largest.depth + 3).toBeLessThanOrEqual(QUERY_LIMITS.maxDepth);
    expect(largest.aliases * 2).toBeLessThanOrEqual(QUERY_LIMITS.maxAliases);
    expect(largest.tokens * 2).toBeLessThan(QUERY_LIMITS.maxTokens);
  });
});

function tokenCount(source: string): number {
  // Punctuators and names/values: a good enough count to compare with the parser's limit.
  return (source.match(/[A-Za-z_][A-Za-z0-9_]*|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|\.\.\.|[!$():=@[\]{}|&]/g) ?? []).length;
}

describe("documents that would stop the service are refused before execution", () => {
  it("the exponential fragment document (29 levels, ~1 KB) is refused in validation; the database is not asked", async () => {
    const query = exponentialFragments(29);
    expect(query.length).toBeLessThan(2_000);
    const res = await refusedBeforeExecution(anonymous, query);
    expect(res.errors![0]!.message).toMatch(/terlalu besar.*too large/s);
  });

  it("a refused document sent again is refused from memory: the same answer, not even the session looked up", async () => {
    const query = exponentialFragments(23);
    const first = await refusedBeforeExecution(verifier, query);
    let again: Awaited<ReturnType<GqlClient["request"]>> | undefined;
    expect(await countDatabaseQueries(server.db, async () => (again = await verifier.request(query, { any: "variables" })))).toBe(0);
    expect(again).toEqual(first);
    // A refusal that depends on the variables is not remembered: the same document with a page
    // size inside the cap is answered.
    const page = `query($n: Int) { queue(first: $n) { totalCount } }`;
    await refusedBeforeExecution(verifier, page, { n: 1_000 });
    const ok = await verifier.request(page, { n: 5 });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.queue.totalCount).toBeTypeOf("number");
  });

  it("its size is counted linearly, not by expanding it", () => {
    const [size] = measureDocument(schema, parse(exponentialFragments(200)));
    expect(size!.fields).toBeGreaterThan(1e50);
  });

  it("2,000 aliases of regions { children } are refused; the database is not asked", async () => {
    const res = await refusedBeforeExecution(anonymous, aliases(2_000, `regions(parentCode: "73.06") { code children { code } }`));
    expect(res.errors![0]!.message).toMatch(/terlalu besar.*(Aliases limit|tokens)/s);
  });

  it("500 × queue(first: 500) from a verifier is refused; only the session is looked up", async () => {
    await refusedBeforeExecution(verifier, aliases(500, `queue(first: 500) { totalCount edges { node { title } } }`));
  });

  it("a page larger than the cap, or negative, is a clear BAD_USER_INPUT, literal or variable", async () => {
    for (const [query, variables] of [
      [`{ queue(first: 500) { totalCount } }`, undefined],
      [`{ queue(first: -1) { totalCount } }`, undefined],
      [`query($n: Int) { queue(first: $n) { totalCount } }`, { n: -1 }],
      [`query($n: Int = 1000) { queue(last: $n) { totalCount } }`, {}],
    ] as const) {
      const res = await refusedBeforeExecution(verifier, query, variables as Record<string, unknown> | undefined);
      expect(res.errors![0]).toMatchObject({
        message: expect.stringMatching(/bilangan bulat dari 0 sampai 100.*whole number from 0 to 100/s),
        extensions: { code: "BAD_USER_INPUT" },
      });
    }
    const ok = await verifier.request(`{ queue(first: 100) { totalCount } }`);
    expect(ok.errors).toBeUndefined();
  });

  it("100 submitComplaint aliases file nothing", async () => {
    const input = { kind: "PENGADUAN", title: "Jalan rusak", story: "Berlubang.", districtCode: "73.06.01", privacy: "PUBLIC" };
    const before = await server.db.prisma.complaint.count();
    const res = await refusedBeforeExecution(
      anonymous,
      `mutation($i: SubmitComplaintInput!) ${aliases(100, `submitComplaint(input: $i) { complaint { id } }`)}`,
      { i: input },
    );
    expect(res.errors![0]!.message).toMatch(/terlalu besar|satu pengaduan.*one filing/s);
    expect(await server.db.prisma.complaint.count()).toBe(before);
  });

  it("two sign-ins, or two PIN checks, in one request are refused", async () => {
    const signIn = (e: string) => `signIn(input: { email: "${e}", password: "x" }) { errors { code } }`;
    await refusedBeforeExecution(anonymous, `mutation { a: ${signIn("a@b.id")} b: ${signIn("c@d.id")} }`);
    await refusedBeforeExecution(
      anonymous,
      `{ a: complaint(trackingCode: "GWA-AAAA-AA", accessSecret: "1") { id } b: complaint(trackingCode: "GWA-AAAA-AA", accessSecret: "2") { id } }`,
    );
    await refusedBeforeExecution(
      anonymous,
      `mutation F($i: FollowComplaintInput!) { a: followComplaint(input: $i) { errors { code } } b: followComplaint(input: $i) { errors { code } } }`,
      { i: { trackingCode: "GWA-AAAA-AA", accessSecret: "1" } },
    );
  });

  it("the in-process executor the web pages use applies the same limits", async () => {
    const req = { headers: {} } as IncomingMessage;
    attachExecutor(req, schema, () => createContext(server.deps, req));
    const api = (req as IncomingMessage & { suara: SuaraRequestApi }).suara;
    let result: Awaited<ReturnType<SuaraRequestApi["execute"]>> | undefined;
    const queries = await countDatabaseQueries(server.db, async () => (result = await api.execute(exponentialFragments(29))));
    expect(queries).toBe(0);
    expect(result!.data).toBeUndefined();
    expect(result!.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const page = await api.execute(`query($n: Int) { myComplaints(first: $n) { edges { cursor } } }`, { n: -1 });
    expect(page.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("answers over HTTP", () => {
  const post = (query: string) =>
    fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-encoding": "gzip" },
      body: JSON.stringify({ query }),
    });

  it("a short answer is sent as it is, with its length; a long one is compressed", async () => {
    const short = await post(`{ region(code: "73") { code } }`);
    expect(short.headers.get("content-encoding")).toBeNull();
    expect(Number(short.headers.get("content-length"))).toBe((await short.clone().arrayBuffer()).byteLength);
    expect((await short.json()).data.region.code).toBe("73");
    const long = await post(`{ regions(parentCode: "73.06") { code name children { code name } } }`);
    expect(long.headers.get("content-encoding")).toBe("gzip");
    expect(long.headers.get("vary")).toMatch(/accept-encoding/i);
    expect((await long.json()).data.regions.length).toBeGreaterThan(5);
    // Brotli when the client takes it, with the compressed length.
    const brotli = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-encoding": "br, gzip" },
      body: JSON.stringify({ query: `{ regions(parentCode: "73.06") { code name children { code name } } }` }),
    });
    expect(brotli.headers.get("content-encoding")).toBe("br");
    expect(Number(brotli.headers.get("content-length"))).toBeLessThan(Number(long.headers.get("content-length")) * 1.5);
    expect((await brotli.json()).data.regions.length).toBeGreaterThan(5);
  });

  it("no answer is kept by a browser or a proxy", async () => {
    for (const query of [`{ region(code: "73") { code } }`, `{ noSuchFieldForCaching }`]) {
      expect((await post(query)).headers.get("cache-control")).toBe("no-store");
    }
  });

  it("a refusal from memory has its length too, and is compressed only when long", async () => {
    for (let i = 0; i < 2; i++) {
      const refused = await post(`{ noSuchFieldOverHttp }`);
      expect(refused.status).toBe(400);
      expect(refused.headers.get("content-encoding")).toBeNull();
      expect(Number(refused.headers.get("content-length"))).toBeGreaterThan(0);
    }
  });
});

describe("graphql-ws applies the same limits", () => {
  it("refuses a subscription whose fragments expand exponentially, and a NUL in its variables", async () => {
    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
    const subscribe = (query: string, variables?: Record<string, unknown>) =>
      new Promise<{ message: string; extensions?: Record<string, unknown> }[]>((resolve, reject) => {
        client.subscribe({ query, variables }, { next: () => reject(new Error("answered")), error: (e) => resolve(e as never), complete: () => reject(new Error("completed")) });
      });
    try {
      const parts = ["fragment F0 on Complaint { id title }"];
      for (let i = 1; i <= 29; i++) parts.push(`fragment F${i} on Complaint { ...F${i - 1} timeline { type } ...F${i - 1} }`);
      const deep = await subscribe(`subscription { complaintUpdated(trackingCode: "GWA-AAAA-AA") { ...F29 } }\n${parts.join("\n")}`);
      expect(deep[0]?.message).toMatch(/terlalu besar.*too large/s);
      const nul = await subscribe(`subscription($c: String!) { complaintUpdated(trackingCode: $c) { id } }`, { c: "GWA\u0000" });
      expect(nul[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    } finally {
      await client.dispose();
    }
  });
});

describe("introspection and suggestions", () => {
  it("are off unless GRAPHQL_INTROSPECTION=true", async () => {
    const res = await anonymous.request(`{ __schema { types { name } } }`);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    const typo = await anonymous.request(`{ regoins(parentCode: "73.06") { code } }`);
    expect(typo.errors?.[0]?.message).toContain("regoins");
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const typed = await anonymous.request(`{ __typename }`);
    expect(typed.data).toEqual({ __typename: "Query" });
  });

  it("are on when asked for", async () => {
    const open = await startTestServer({ env: { GRAPHQL_INTROSPECTION: "true" } });
    try {
      const res = await open.client().request(`{ __schema { mutationType { name } } }`);
      expect(res.data).toEqual({ __schema: { mutationType: { name: "Mutation" } } });
      const typo = await open.client().request(`{ regoins(parentCode: "73.06") { code } }`);
      expect(typo.errors?.[0]?.message).toMatch(/Did you mean "regions"/);
    } finally {
      await open.close();
    }
  }, 120_000);
});

describe("bad arguments are the client's error, with a clear message", () => {
  const expectBadInput = (res: { errors?: { message: string; extensions?: { code?: string } }[] }, pattern: RegExp) => {
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(pattern);
  };

  it("a control character in a literal or a variable", async () => {
    expectBadInput(await anonymous.request(`{ regions(parentCode: "73\\u0000") { code } }`), /karakter kendali.*control character/s);
    expectBadInput(await anonymous.request(`query($c: String!) { regions(parentCode: $c) { code } }`, { c: "7\u00003" }), /NUL/);
    expectBadInput(
      await anonymous.request(`mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { errors { field } } }`, {
        i: { kind: "PENGADUAN", title: "Jalan\u0007", story: "x", districtCode: "73.06.01", privacy: "PUBLIC" },
      }),
      /control character/,
    );
    // Tabs and line breaks are ordinary text.
    const ok = await anonymous.request(
      `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { errors { field } complaint { story } } }`,
      { i: { kind: "PENGADUAN", title: "Jalan rusak", story: "Satu\tdua\r\ntiga", districtCode: "73.06.01", privacy: "PUBLIC" } },
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data.submitComplaint.errors).toEqual([]);
    expect(ok.data.submitComplaint.complaint.story).toMatch(/^Satu\tdua\r?\ntiga$/);
  });

  it("an argument its own validation refuses", async () => {
    expectBadInput(await anonymous.request(`{ regions(parentCode: "bukan kode") { code } }`), /Isian tidak valid \(parentCode\).*Invalid input/s);
  });

  it("an over-long argument", async () => {
    expectBadInput(
      await anonymous.request(`query($c: String!) { region(code: $c) { code } }`, { c: "7".repeat(QUERY_LIMITS.maxStringLength + 1) }),
      /terlalu panjang.*too long/s,
    );
  });

  it("a relay id or a cursor that cannot be read", async () => {
    expectBadInput(await anonymous.request(`{ node(id: "bukan-id") { id } }`), /ID.*id/s);
    expectBadInput(await anonymous.request(`{ nodes(ids: ["%%%"]) { id } }`), /ID.*id/s);
    expectBadInput(await verifier.request(`{ queue(first: 5, after: "bukan-kursor") { totalCount } }`), /kursor.*cursor/s);
    expectBadInput(await verifier.request(`{ queue(after: "R1dBLTAw") { totalCount } }`), /kursor.*cursor/s);
  });
});
