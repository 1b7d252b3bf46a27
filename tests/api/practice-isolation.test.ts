// Practice (workshop, LATIHAN) complaints are invisible to everything real. Proven from the
// schema, not from a list kept by hand: every root query field is called by every kind of
// viewer, with a selection generated from the schema, on the demo data; then a workshop's
// practice data is added (complaints in every stage, in the same kecamatan, category and
// agencies' reach as real ones, with timelines, copies and in-app notifications); then every
// call is made again and must answer exactly the same. (Subscriptions and delivery channels:
// practice-isolation-live.test.ts.) A field added later is called too; one
// that needs arguments this file does not know fails until someone says how to call it, and
// one that may show practice data (a workshop's own pages) must be named below with why.
import {
  getNamedType,
  getNullableType,
  GraphQLEnumType,
  type GraphQLField,
  GraphQLInterfaceType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLUnionType,
  type GraphQLOutputType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../../server/src/graphql/schema.ts";
import { demoEmail } from "../support/demo.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

// A fixed clock: answers that say "3 hari lalu" must not change between the two passes.
const NOW = new Date("2026-11-18T03:00:00.000Z");

const VIEWERS = ["anonymous", "resident", "verifier", "agency", "sahabat", "admin", "trainer"] as const;
type Viewer = (typeof VIEWERS)[number];

/**
 * Root fields whose answer may include practice data for some viewers, and why that is right.
 * Every other viewer still calls them and must get the same answer as before.
 */
const PRACTICE_ALLOWED: Record<string, { viewers: Viewer[]; why: string }> = {
  workshopClock: { viewers: ["trainer"], why: "the fast clock of the trainer's own workshop (workshop-clock.test.ts)" },
  myWorkshops: { viewers: ["trainer"], why: "the trainer's own workshops (workshops.test.ts)" },
  workshop: { viewers: ["trainer"], why: "the projector view of the trainer's own workshop (workshops.test.ts)" },
  workshopReport: { viewers: ["trainer"], why: "the report of the trainer's own workshop (workshop-lifecycle.test.ts)" },
  workshopRoster: { viewers: ["trainer"], why: "the participants of the trainer's own workshop (workshop-lifecycle.test.ts)" },
};

// ───────────────────────────── arguments each field is called with ─────────────────────────────

type Fixture = {
  workshopId: string;
  realCode: string;
  practiceCode: string;
  practiceId: string;
  categoryId: string;
  sandboxAgencyId: string;
  realAgencyId: string;
  userId: string;
};

/** How to call a root field that has required arguments (null: call it without arguments). */
const ARGUMENTS: Record<string, (f: Fixture) => Record<string, unknown>> = {
  complaint: (f) => ({ trackingCode: f.realCode }),
  adminAgency: (f) => ({ id: f.sandboxAgencyId }),
  adminCategory: (f) => ({ id: f.categoryId }),
  adminUser: (f) => ({ id: f.userId }),
  agencySuggestion: (f) => ({ categoryId: f.categoryId, placeCode: "73.06.05" }),
  holiday: () => ({ date: "2026-12-25" }),
  holidays: () => ({ year: 2026 }),
  // Relay ids ("Type:id" in base64); AuditEntry is the only node type.
  node: (f) => ({ id: Buffer.from(`AuditEntry:${f.practiceId}`).toString("base64") }),
  nodes: (f) => ({ ids: [Buffer.from(`AuditEntry:${f.practiceId}`).toString("base64")] }),
  privacyPreview: () => ({ privacy: "PUBLIC" }),
  region: () => ({ code: "73.06.05" }),
  regions: () => ({ parentCode: "73.06" }),
  responseTemplate: (f) => ({ id: f.realAgencyId }),
  sahabatDirectory: () => ({ districtCode: "73.06.05" }),
  // The practice complaints' own words: a real filer must never be shown them.
  similarComplaints: (f) => ({ districtCode: "73.06.05", categoryId: f.categoryId, title: "Latihan VERIFIED", story: "Jalan di depan sekolah berlubang (latihan)." }),
  workshopClock: (f) => ({ workshopId: f.workshopId }),
  workshop: (f) => ({ id: f.workshopId }),
  workshopReport: (f) => ({ workshopId: f.workshopId }),
  workshopRoster: (f) => ({ workshopId: f.workshopId }),
};

// ───────────────────────────── selections generated from the schema ─────────────────────────────

const MAX_DEPTH = 3;

function selection(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (named instanceof GraphQLScalarType || named instanceof GraphQLEnumType) return "";
  if (named instanceof GraphQLUnionType || named instanceof GraphQLInterfaceType) {
    const members = named instanceof GraphQLUnionType ? named.getTypes() : schema.getPossibleTypes(named);
    const parts = members.map((m) => `... on ${m.name} ${objectSelection(m, depth)}`);
    return `{ __typename ${parts.join(" ")} }`;
  }
  return objectSelection(named as GraphQLObjectType, depth);
}

function objectSelection(type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields()).filter((f) => f.args.every((a) => !(a.type instanceof GraphQLNonNull) || a.defaultValue !== undefined));
  const parts: string[] = ["__typename"];
  for (const field of fields) {
    const named = getNamedType(field.type);
    if (named instanceof GraphQLScalarType || named instanceof GraphQLEnumType) parts.push(field.name);
    else if (depth < MAX_DEPTH) parts.push(`${field.name} ${selection(field.type, depth + 1)}`);
  }
  return `{ ${parts.join(" ")} }`;
}

function rootDocument(kind: "query", field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): string {
  const argTypes = field.args.filter((a) => a.name in args);
  const vars = argTypes.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
  const call = argTypes.map((a) => `${a.name}: $${a.name}`).join(", ");
  const sub = selection(field.type, 1);
  return `${kind}${vars ? `(${vars})` : ""} { ${field.name}${call ? `(${call})` : ""} ${sub} }`;
}

const needsArguments = (field: GraphQLField<unknown, unknown>) =>
  field.args.some((a) => a.type instanceof GraphQLNonNull && a.defaultValue === undefined);

const queryFields = Object.values(schema.getQueryType()!.getFields());

// ───────────────────────────── the two passes ─────────────────────────────

let server: TestServer;
let fixture: Fixture;
const clients = new Map<Viewer, GqlClient>();
const before = new Map<string, string>();

async function callAll(): Promise<Map<string, string>> {
  const answers = new Map<string, string>();
  for (const field of queryFields) {
    const args = needsArguments(field) ? ARGUMENTS[field.name]?.(fixture) : {};
    if (!args) continue; // reported by its own test below
    const document = rootDocument("query", field, args);
    for (const viewer of VIEWERS) {
      if (PRACTICE_ALLOWED[field.name]?.viewers.includes(viewer)) continue;
      const result = await clients.get(viewer)!.request(document, args);
      answers.set(`${field.name} as ${viewer}`, JSON.stringify({ data: result.data, errors: result.errors?.map((e) => `${e.extensions?.code}: ${e.message}`) }));
    }
  }
  return answers;
}

/** A workshop's practice data, everywhere real data would be seen. */
async function addPractice(): Promise<void> {
  const prisma = server.db.prisma;
  const trainer = await prisma.user.findFirstOrThrow({ where: { email: demoEmail.trainer } });
  // The participant has an account of their own (their in-app notifications are practice ones,
  // rightly): no viewer below is them.
  const resident = await prisma.user.create({ data: { email: "peserta.isolasi@contoh.id", name: "Peserta 1", roles: { create: { role: "RESIDENT" } } } });
  const workshop = await prisma.workshop.create({
    data: { id: fixture.workshopId, title: "Latihan isolasi", trainerId: trainer.id, joinCode: "4SQ7MK2R", regionCode: "73.06.05", startsAt: NOW, endsAt: new Date(NOW.getTime() + 12 * 3600_000) },
  });
  const participant = await prisma.workshopParticipant.create({
    data: { workshopId: workshop.id, userId: resident.id, number: 1, displayName: "Peserta 1", progress: "finished", finishedAt: NOW },
  });
  const statuses = ["SUBMITTED", "VERIFIED", "DISPOSED", "IN_PROGRESS", "RESOLVED", "CLOSED"] as const;
  let n = 0;
  for (const status of statuses) {
    n++;
    const id = n === 1 ? fixture.practiceId : undefined;
    const complaint = await prisma.complaint.create({
      data: {
        ...(id ? { id } : {}),
        trackingCode: n === 1 ? fixture.practiceCode : `LTH-ISO-00${n}`,
        accessSecretHash: "practice",
        kind: "PENGADUAN",
        title: `Latihan ${status}`,
        story: "Jalan di depan sekolah berlubang (latihan).",
        categoryId: fixture.categoryId,
        districtCode: "73.06.05",
        privacy: "PUBLIC",
        status,
        agencyId: status === "SUBMITTED" ? null : fixture.sandboxAgencyId,
        reporterId: resident.id,
        reporterName: "Peserta 1",
        workshopId: workshop.id,
        workshopParticipantId: participant.id,
        isSandbox: true,
        submittedAt: new Date(NOW.getTime() - n * 3600_000),
        timeline: { create: [{ type: "SUBMITTED", visibility: "PUBLIC", createdAt: new Date(NOW.getTime() - n * 3600_000) }] },
        copies: status === "DISPOSED" ? { create: [{ agencyId: fixture.sandboxAgencyId }] } : undefined,
        notifications: { create: [{ userId: resident.id, title: "LATIHAN: status berubah", body: "LATIHAN", createdAt: NOW }] },
      },
    });
    void complaint;
  }
}

beforeAll(async () => {
  server = await startTestServer({ demoComplaints: true, now: () => NOW });
  const prisma = server.db.prisma;
  const real = await prisma.complaint.findFirstOrThrow({ where: { isSandbox: false }, orderBy: { submittedAt: "asc" } });
  const category = await prisma.category.findFirstOrThrow({ where: { id: real.categoryId ?? undefined } });
  const sandbox = await prisma.agency.findFirstOrThrow({ where: { isSandbox: true } });
  const realAgency = await prisma.agency.findFirstOrThrow({ where: { isSandbox: false, slug: "dinas-pupr" } });
  const someone = await prisma.user.findFirstOrThrow({ where: { email: demoEmail.resident } });
  fixture = {
    workshopId: "practice-isolation-workshop",
    realCode: real.trackingCode,
    practiceCode: "LTH-ISO-001",
    practiceId: "practice-isolation-1",
    categoryId: category.id,
    sandboxAgencyId: sandbox.id,
    realAgencyId: realAgency.id,
    userId: someone.id,
  };
  clients.set("anonymous", server.client());
  for (const viewer of VIEWERS.filter((v) => v !== "anonymous")) clients.set(viewer, await server.signedIn(demoEmail[viewer]));
  for (const [key, answer] of await callAll()) before.set(key, answer);
  await addPractice();
}, 180_000);

afterAll(async () => {
  await server?.close();
});

describe("practice data never reaches a real query", () => {
  it("every root query field with required arguments is known here", () => {
    const unknown = queryFields.filter((f) => needsArguments(f) && !ARGUMENTS[f.name]).map((f) => f.name);
    expect(unknown, "Tell ARGUMENTS in this file how to call these fields").toEqual([]);
  });

  it("the first pass saw real data (the demo complaints), so an empty answer proves nothing", () => {
    const seen = [...before.values()].join("\n");
    expect(seen).toContain(fixture.realCode);
    expect(seen).not.toContain("LTH-ISO");
  });

  it("every call was answered, not refused as malformed or too large (a refusal is the same twice and proves nothing)", () => {
    const refused = [...before].filter(([, answer]) => /BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED|INTERNAL_SERVER_ERROR/.test(answer)).map(([key, answer]) => `${key}: ${answer.slice(0, 200)}`);
    expect(refused).toEqual([]);
  });

  it("every root query field answers every viewer exactly as before the workshop's practice data existed", async () => {
    const after = await callAll();
    const changed = [...after].filter(([key, answer]) => before.get(key) !== answer).map(([key]) => key);
    expect(changed).toEqual([]);
    // No practice complaint at all (these, and the demo workshop's) shows in any answer.
    const practiceCodes = (await server.db.prisma.complaint.findMany({ where: { isSandbox: true }, select: { trackingCode: true } })).map((c) => c.trackingCode);
    expect(practiceCodes.length).toBeGreaterThan(0);
    const everything = [...after.values()].join("\n");
    expect(practiceCodes.filter((code) => everything.includes(code))).toEqual([]);
  });
});
