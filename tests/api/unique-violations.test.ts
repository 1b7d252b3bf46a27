// A tracking code that is already taken is met inside the filing transaction; whichever way the
// driver reports the unique violation (Prisma's P2002, or PGlite's raw 23505 in a transaction),
// the filing retries with a new code and the reporter never sees a server error.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const SUBMIT = `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { errors { field code } complaint { trackingCode } } }`;
const input = (title: string) => ({ kind: "PENGADUAN", title, story: "Lampu jalan mati.", districtCode: "73.06.01", privacy: "PUBLIC" });

describe("tracking-code collision", () => {
  it("retries with a new code when the first one is taken", async () => {
    const first = await server.client().request(SUBMIT, { i: input("Lampu mati di Jalan Poros") });
    const taken = first.data.submitComplaint.complaint.trackingCode as string;

    const offered: string[] = [];
    const codes = [taken, taken];
    server.deps.newTrackingCode = (prefix) => {
      const code = codes.shift() ?? `${prefix}-TEST-${String(offered.length).padStart(2, "0")}`;
      offered.push(code);
      return code;
    };
    try {
      const second = await server.client().request(SUBMIT, { i: input("Lampu mati di Jalan Baru") });
      expect(second.errors).toBeUndefined();
      expect(second.data.submitComplaint.errors).toEqual([]);
      const code = second.data.submitComplaint.complaint.trackingCode as string;
      expect(code).not.toBe(taken);
      // Two collisions, then a free code: three attempts, one complaint.
      expect(offered).toEqual([taken, taken, code]);
      expect(await server.db.prisma.complaint.count({ where: { trackingCode: { in: [taken, code] } } })).toBe(2);
    } finally {
      delete server.deps.newTrackingCode;
    }
  });
});
