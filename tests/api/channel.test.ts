// How a complaint came in (web, a sahabat's help, SMS, another application): shown to the
// complaint's staff in words, never to the reporter or the public, and a filter of the staff's
// queue that a sahabat's queue ignores.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoEmail } from "../support/demo.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
let verifier: GqlClient;
const READ = `query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) { channel channelLabel } }`;
const QUEUE = `query($f: QueueFilter) { queue(first: 100, filter: $f) { edges { node { trackingCode } } } }`;

beforeAll(async () => {
  server = await startTestServer();
  verifier = await server.signedIn(demoEmail.verifier);
});
afterAll(() => server?.close());

async function file(title: string, channel: "WEB" | "SMS" | "OPEN311") {
  const res = await server.client().request(
    `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { accessSecret complaint { id trackingCode } } }`,
    { i: { kind: "PENGADUAN", title, story: "Lampu jalan mati sejak seminggu.", districtCode: "73.06.08", privacy: "PUBLIC" } },
  );
  const filed = res.data.submitComplaint as { accessSecret: string; complaint: { id: string; trackingCode: string } };
  // The SMS and Open311 doors write their channel when filing; here it is set directly.
  if (channel !== "WEB") await server.db.prisma.complaint.update({ where: { id: filed.complaint.id }, data: { channel } });
  return { code: filed.complaint.trackingCode, secret: filed.accessSecret };
}

const codesOf = (res: { data: { queue: { edges: { node: { trackingCode: string } }[] } } }) => res.data.queue.edges.map((e) => e.node.trackingCode);

describe("the channel", () => {
  it("is shown to the complaint's staff in words, and to nobody else", async () => {
    const sms = await file("Lampu jalan mati (SMS)", "SMS");
    expect((await verifier.request(READ, { c: sms.code })).data.complaint).toEqual({ channel: "SMS", channelLabel: "SMS" });
    const open311 = await file("Lampu jalan mati (aplikasi)", "OPEN311");
    expect((await verifier.request(READ, { c: open311.code })).data.complaint).toEqual({ channel: "OPEN311", channelLabel: "Aplikasi lain (Open311)" });
    const english = await server.signedIn(demoEmail.verifier, { locale: "en" });
    expect((await english.request(READ, { c: open311.code })).data.complaint.channelLabel).toBe("Another app (Open311)");
    // The reporter with their PIN, and anyone: no channel.
    expect((await server.client().request(READ, { c: sms.code, s: sms.secret })).data.complaint).toEqual({ channel: null, channelLabel: null });
    expect((await server.client().request(READ, { c: sms.code })).data.complaint).toEqual({ channel: null, channelLabel: null });
  });

  it("filters the staff's queue; a sahabat's queue ignores it", async () => {
    const web = await file("Selokan mampet (web)", "WEB");
    const sms = await file("Selokan mampet (SMS)", "SMS");
    const bySms = codesOf(await verifier.request(QUEUE, { f: { channel: "SMS" } }));
    expect(bySms).toContain(sms.code);
    expect(bySms).not.toContain(web.code);
    const byWeb = codesOf(await verifier.request(QUEUE, { f: { channel: "WEB" } }));
    expect(byWeb).toContain(web.code);
    expect(byWeb).not.toContain(sms.code);

    const sahabat = await server.signedIn(demoEmail.sahabat);
    const all = codesOf(await sahabat.request(QUEUE));
    const filtered = codesOf(await sahabat.request(QUEUE, { f: { channel: "SMS" } }));
    expect(filtered).toEqual(all);
  });
});

describe("the demo data", () => {
  it("has complaints that came in by SMS and from another application", async () => {
    const demo = await startTestServer({ demoComplaints: true });
    try {
      const groups = await demo.db.prisma.complaint.groupBy({ by: ["channel"], where: { isSandbox: false }, _count: { _all: true } });
      const channels = new Map(groups.map((g) => [g.channel, g._count._all]));
      expect(channels.get("SMS")).toBe(1);
      expect(channels.get("OPEN311")).toBe(1);
      expect(channels.get("WEB")).toBeGreaterThan(0);
    } finally {
      await demo.close();
    }
  });
});
