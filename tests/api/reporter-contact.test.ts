// The reporter (PIN or owning account) changes their own contact details; nobody else may, and
// strangers cannot tell whether the complaint exists.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const FILE = `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { accessSecret complaint { id trackingCode } } }`;
const UPDATE = `mutation($i: UpdateReporterContactInput!) { updateReporterContact(input: $i) { ok errors { field code message } } }`;
const READ = `query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) { reporterPhone reporterEmail } }`;

async function file(by: GqlClient = server.client(), privacy = "ANONYMOUS") {
  const res = await by.request(FILE, {
    i: { kind: "PENGADUAN", title: "Jembatan retak", story: "Retak di tengah.", districtCode: "73.06.08", privacy, reporterEmail: "lama@contoh.id" },
  });
  return res.data.submitComplaint as { accessSecret: string; complaint: { id: string; trackingCode: string } };
}

describe("who may change the reporter's contact details", () => {
  it.each([
    ["the PIN holder", "pin", true],
    ["the owning account", "owner", true],
    ["someone without the PIN", "stranger", false],
    ["a verifier in scope", "verifier", false],
    ["a wrong PIN", "wrongPin", false],
  ])("%s → allowed: %s", async (_name, who, allowed) => {
    const owner = who === "owner" ? await server.signedIn("warga@demo.suara.id") : server.client();
    const filed = await file(owner);
    const client = who === "verifier" ? await server.signedIn("verifikator@demo.suara.id") : who === "owner" ? owner : server.client();
    const accessSecret = who === "pin" ? filed.accessSecret : who === "wrongPin" ? "2222-2222" : null;
    const res = await client.request(UPDATE, { i: { trackingCode: filed.complaint.trackingCode, accessSecret, phone: "0812 1212 3434", email: "" } });
    const stored = await server.db.prisma.complaint.findUniqueOrThrow({ where: { id: filed.complaint.id } });
    if (allowed) {
      expect(res.data.updateReporterContact).toEqual({ ok: true, errors: [] });
      expect(stored).toMatchObject({ reporterPhone: "+6281212123434", reporterEmail: null });
      expect(stored.contactPreference).toBe(who === "owner" ? "ACCOUNT" : "SMS");
    } else {
      expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(stored).toMatchObject({ reporterPhone: null, reporterEmail: "lama@contoh.id" });
    }
  });
});

describe("what is checked", () => {
  it.each([
    [{ phone: "12", email: "" }, [["phone", "invalid_phone"]]],
    [{ phone: "", email: "bukan-email" }, [["email", "invalid_email"]]],
    [{ phone: "nama@contoh.id", email: "" }, [["phone", "invalid_phone"]]],
    [{ phone: "", email: "" }, []],
  ])("%j → %j", async (input, expected) => {
    const filed = await file();
    const res = await server.client().request(UPDATE, { i: { trackingCode: filed.complaint.trackingCode, accessSecret: filed.accessSecret, ...input } });
    expect(res.data.updateReporterContact.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual(expected);
  });

  it("the new details are what the reporter reads back, and still hidden from the public", async () => {
    const filed = await file();
    await server.client().request(UPDATE, { i: { trackingCode: filed.complaint.trackingCode, accessSecret: filed.accessSecret, phone: "", email: "Baru@Contoh.id" } });
    const mine = await server.client().request(READ, { c: filed.complaint.trackingCode, s: filed.accessSecret });
    expect(mine.data.complaint).toEqual({ reporterPhone: null, reporterEmail: "baru@contoh.id" });
    const publicView = await server.client().request(READ, { c: filed.complaint.trackingCode });
    expect(publicView.data.complaint).toEqual({ reporterPhone: null, reporterEmail: null });
  });
});
