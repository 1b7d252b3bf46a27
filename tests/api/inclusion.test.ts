// "Who is being served" through GraphQL: the filing hands out a one-time ticket; answers are
// stored apart under the ticket's kecamatan, channel and month only; a skip stores nothing; the
// deletion token deletes them and a wrong one reveals nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ now: () => new Date("2026-11-30T17:30:00Z") });
});
afterAll(() => server?.close());

const SUBMIT = `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { inclusionTicket complaint { id } errors { field code message } } }`;
const ANSWER = `mutation($i: InclusionAnswersInput!) { answerInclusionQuestions(input: $i) { deletionToken errors { field code message } } }`;
const DELETE = `mutation($t: String!) { deleteInclusionAnswers(deletionToken: $t) { deleted errors { field code message } } }`;

const filing = (extra: Record<string, unknown> = {}) => ({
  kind: "PENGADUAN",
  title: "Lampu jalan mati di depan sekolah",
  story: "Sudah dua minggu lampu jalan di depan SD mati, anak-anak pulang mengaji dalam gelap.",
  districtCode: "73.06.02",
  privacy: "PUBLIC",
  ...extra,
});

async function file(extra: Record<string, unknown> = {}, client = server.client()) {
  const r = await client.request(SUBMIT, { i: filing(extra) });
  expect(r.data.submitComplaint.errors).toEqual([]);
  return r.data.submitComplaint as { inclusionTicket: string | null; complaint: { id: string } };
}

describe("the table", () => {
  it("has no column that could name a complaint, a person or a moment", async () => {
    const rows = await server.db.prisma.$queryRawUnsafe<{ column_name: string }[]>(
      `SELECT column_name::text AS column_name FROM information_schema.columns WHERE table_name = 'InclusionAnswer' ORDER BY column_name`,
    );
    expect(rows.map((r) => r.column_name).sort()).toEqual(
      ["ageBand", "channel", "communicating", "deletionTokenHash", "districtCode", "gender", "hearing", "id", "month", "remembering", "seeing", "selfCare", "ticketHash", "walking", "workshopId"].sort(),
    );
  });
});

describe("answering", () => {
  it("stores the answers under the kecamatan, channel and local month only, once per ticket", async () => {
    const { inclusionTicket } = await file();
    expect(inclusionTicket).toEqual(expect.any(String));
    const answers = { walking: "A_LOT", seeing: "NONE", ageBand: "FROM_60", gender: "FEMALE" };
    const r = await server.client().request(ANSWER, { i: { ticket: inclusionTicket, ...answers } });
    expect(r.data.answerInclusionQuestions.errors).toEqual([]);
    expect(r.data.answerInclusionQuestions.deletionToken).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const stored = await server.db.prisma.inclusionAnswer.findMany();
    expect(stored).toHaveLength(1);
    // 30 November 17:30 UTC is 1 December in Gowa.
    expect(stored[0]).toMatchObject({ districtCode: "73.06.02", channel: "SELF", month: "2026-12", workshopId: null, ...answers, hearing: null });
    // The id is a random uuid: no clock in it.
    expect(stored[0]!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    const again = await server.client().request(ANSWER, { i: { ticket: inclusionTicket, gender: "MALE" } });
    expect(again.data.answerInclusionQuestions).toMatchObject({ deletionToken: null, errors: [{ field: "ticket", code: "ticket_spent" }] });
    expect(again.data.answerInclusionQuestions.errors[0].message).toMatch(/sudah dijawab/);
    expect(await server.db.prisma.inclusionAnswer.count()).toBe(1);
  });

  it("counts a sahabat's filing for a resident under 'through a sahabat'", async () => {
    const sahabat = await server.signedIn("sahabat@demo.suara.id");
    const { inclusionTicket } = await file({ assisted: true, reporterName: "Hasnah", consentMethod: "SPOKEN", consentReadBack: true, privacy: "CONFIDENTIAL", districtCode: "73.06.08" }, sahabat);
    const r = await sahabat.request(ANSWER, { i: { ticket: inclusionTicket, hearing: "CANNOT" } });
    const token = r.data.answerInclusionQuestions.deletionToken;
    expect(token).toEqual(expect.any(String));
    const rows = await server.db.prisma.inclusionAnswer.findMany({ where: { districtCode: "73.06.08" } });
    expect(rows).toMatchObject([{ channel: "SAHABAT", hearing: "CANNOT" }]);
  });

  it("a skip (nothing answered) stores nothing and leaves the ticket for later", async () => {
    const { inclusionTicket } = await file();
    const before = await server.db.prisma.inclusionAnswer.count();
    const skip = await server.client().request(ANSWER, { i: { ticket: inclusionTicket } });
    expect(skip.data.answerInclusionQuestions).toEqual({ deletionToken: null, errors: [] });
    expect(await server.db.prisma.inclusionAnswer.count()).toBe(before);
    const later = await server.client().request(ANSWER, { i: { ticket: inclusionTicket, ageBand: "FROM_30_TO_44" } });
    expect(later.data.answerInclusionQuestions.deletionToken).toEqual(expect.any(String));
  });

  it("gives a replayed submission no second ticket", async () => {
    const first = await file({ clientRequestId: "inclusion-replay-1" });
    expect(first.inclusionTicket).toEqual(expect.any(String));
    const replay = await file({ clientRequestId: "inclusion-replay-1" });
    expect(replay.complaint.id).toBe(first.complaint.id);
    expect(replay.inclusionTicket).toBeNull();
  });

  it("refuses a ticket that was changed or made up, and a value outside the choices", async () => {
    const { inclusionTicket } = await file();
    const [payload, signature] = inclusionTicket!.split(".");
    const forged = `${Buffer.from(JSON.stringify(["73.06.01", "SMS", "2026-12", null, "x", Date.now() + 1e9])).toString("base64url")}.${signature}`;
    for (const ticket of [forged, `${payload}.AAAA`, "nonsense"]) {
      const r = await server.client().request(ANSWER, { i: { ticket, gender: "FEMALE" } });
      expect(r.data.answerInclusionQuestions.errors).toMatchObject([{ field: "ticket", code: "ticket_spent" }]);
    }
    const wrong = await server.client().request(ANSWER, { i: { ticket: inclusionTicket, gender: "OTHER" } });
    expect(wrong.errors?.[0]?.message).toMatch(/Gender/);
  });
});

describe("deleting by token", () => {
  it("deletes exactly the answers it was given for; a wrong or spent token reveals nothing", async () => {
    const a = await file();
    const b = await file();
    const tokenA = (await server.client().request(ANSWER, { i: { ticket: a.inclusionTicket, gender: "FEMALE", ageBand: "UNDER_18" } })).data.answerInclusionQuestions.deletionToken;
    const tokenB = (await server.client().request(ANSWER, { i: { ticket: b.inclusionTicket, gender: "MALE", ageBand: "UNDER_18" } })).data.answerInclusionQuestions.deletionToken;
    const count = await server.db.prisma.inclusionAnswer.count();

    const wrong = await server.client().request(DELETE, { t: "ABCD-EFGH-JKMN" });
    expect(wrong.data.deleteInclusionAnswers).toMatchObject({ deleted: false, errors: [{ field: "deletionToken", code: "no_match" }] });
    expect(await server.db.prisma.inclusionAnswer.count()).toBe(count);

    // As people copy it: lower case, spaces.
    const right = await server.client().request(DELETE, { t: tokenA.toLowerCase().replaceAll("-", " ") });
    expect(right.data.deleteInclusionAnswers).toEqual({ deleted: true, errors: [] });
    expect(await server.db.prisma.inclusionAnswer.count()).toBe(count - 1);
    expect(await server.db.prisma.inclusionAnswer.count({ where: { gender: "MALE", ageBand: "UNDER_18" } })).toBe(1);

    const spent = await server.client().request(DELETE, { t: tokenA });
    expect(spent.data.deleteInclusionAnswers.errors).toMatchObject([{ code: "no_match" }]);
    // Its message is the same as for a token that never existed.
    expect(spent.data.deleteInclusionAnswers.errors[0].message).toBe(wrong.data.deleteInclusionAnswers.errors[0].message);
    expect(tokenB).not.toBe(tokenA);

    const malformed = await server.client().request(DELETE, { t: "123" });
    expect(malformed.data.deleteInclusionAnswers.errors).toMatchObject([{ field: "deletionToken", code: "invalid_code" }]);
  });

  it("limits wrong tokens from one client address", async () => {
    const limited = await startTestServer({ env: { LIMIT_TRUSTED_ADDRESSES: "" } });
    try {
      const client = limited.client();
      let last;
      for (let i = 0; i < 11; i++) last = await client.request(DELETE, { t: "ABCD-EFGH-JKMN" });
      expect(last!.data.deleteInclusionAnswers.errors).toMatchObject([{ field: "deletionToken", code: "too_many_attempts" }]);
    } finally {
      await limited.close();
    }
  });
});
