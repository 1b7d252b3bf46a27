// A reporter's reply and rating sent again (a double tap, a retry whose answer was lost, the
// offline outbox) are stored once and answered the same, as a filing is on its clientRequestId.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const FILE = `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { accessSecret complaint { id trackingCode } } }`;
const REPLY = `mutation($i: ReplyToComplaintInput!) { replyToComplaint(input: $i) { errors { field code } complaint { trackingCode } } }`;
const RATE = `mutation($i: RateComplaintInput!) { rateComplaint(input: $i) { errors { field code } complaint { rating ratingComment } } }`;
const complaint = { kind: "PENGADUAN", title: "Air keruh", story: "Air PDAM keruh seminggu.", districtCode: "73.06.08", privacy: "ANONYMOUS" };

async function file() {
  const filed = (await server.client().request(FILE, { i: complaint })).data.submitComplaint;
  return { id: filed.complaint.id as string, trackingCode: filed.complaint.trackingCode as string, accessSecret: filed.accessSecret as string };
}

describe("replies and ratings sent again", () => {
  it("stores a reply once per request id, also when two tries arrive at once", async () => {
    const filed = await file();
    const reply = { trackingCode: filed.trackingCode, accessSecret: filed.accessSecret, body: "Airnya masih keruh hari ini.", clientRequestId: crypto.randomUUID() };
    const first = await server.client().request(REPLY, { i: reply });
    const again = await server.client().request(REPLY, { i: reply });
    expect(first.data.replyToComplaint).toEqual({ errors: [], complaint: { trackingCode: filed.trackingCode } });
    expect(again.data.replyToComplaint).toEqual(first.data.replyToComplaint);
    const both = await Promise.all([1, 2].map(() => server.client().request(REPLY, { i: { ...reply, clientRequestId: "dua-kali-sekaligus-01" } })));
    expect(both.map((b) => b.data.replyToComplaint.errors)).toEqual([[], []]);
    const stored = await server.db.prisma.reply.findMany({ where: { complaintId: filed.id } });
    expect(stored).toHaveLength(2);
    expect(await server.db.prisma.timelineEvent.count({ where: { complaintId: filed.id, type: "REPLY" } })).toBe(2);

    // A new request id is a new reply; none (an older page) stores each as before.
    await server.client().request(REPLY, { i: { ...reply, clientRequestId: crypto.randomUUID() } });
    const { clientRequestId: _, ...plain } = reply;
    await server.client().request(REPLY, { i: plain });
    await server.client().request(REPLY, { i: plain });
    expect(await server.db.prisma.reply.count({ where: { complaintId: filed.id } })).toBe(5);
  });

  it("answers the same rating sent again as stored, and a different one as taken", async () => {
    const filed = await file();
    await server.db.prisma.complaint.update({ where: { id: filed.id }, data: { status: "RESOLVED" } });
    const rating = { trackingCode: filed.trackingCode, accessSecret: filed.accessSecret, rating: 4, comment: "Cepat ditangani." };
    const first = await server.client().request(RATE, { i: rating });
    const again = await server.client().request(RATE, { i: rating });
    expect(first.data.rateComplaint).toEqual({ errors: [], complaint: { rating: 4, ratingComment: "Cepat ditangani." } });
    expect(again.data.rateComplaint).toEqual(first.data.rateComplaint);
    expect(await server.db.prisma.timelineEvent.count({ where: { complaintId: filed.id, type: "RATED" } })).toBe(1);
    const other = await server.client().request(RATE, { i: { ...rating, rating: 2 } });
    expect(other.data.rateComplaint.errors).toEqual([{ field: "rating", code: "taken" }]);
  });
});
