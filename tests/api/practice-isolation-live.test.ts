// Practice (workshop, LATIHAN) complaints never reach a real subscription or a delivery channel.
// Enumerated, not listed by hand: every root subscription field of the schema is either
// subscribed to by every real viewer who may (and must stay silent while a room practises) or
// named below with why it may carry practice data; every value of the DeliveryChannel enum is
// checked for practice rows. A subscription or channel added later fails here until decided.
// The practice goes through the real API: a participant joins by code, files with a phone for an
// SMS receipt, and the trainer plays the fast clock to the end. Then a real complaint filed the
// same way shows that the same subscriptions and channels do carry real news (the control).
import type { Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DeliveryChannel } from "../../server/src/generated/prisma/enums.ts";
import { schema } from "../../server/src/graphql/schema.ts";
import { demoEmail } from "../support/demo.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";
import { liveClient } from "../support/live.ts";
import { type GatewayStandIn, type SmtpStandIn, startSmsGateway, startSmtp } from "../support/stand-ins.ts";

const SOMBA_OPU = "73.06.08";

type Viewer = "resident" | "verifier" | "agency" | "sahabat" | "admin" | "trainer";

/** How each root subscription is listened to, or why practice data may travel on it. */
const SUBSCRIPTIONS: Record<string, { query: string; viewers: Viewer[] } | { practiceAllowed: string }> = {
  notificationAdded: { query: "subscription { notificationAdded { id title } }", viewers: ["resident", "verifier", "agency", "sahabat", "admin", "trainer"] },
  queueChanged: { query: "subscription { queueChanged { complaint { trackingCode } } }", viewers: ["verifier", "agency", "admin"] },
  sahabatDashboardChanged: { query: "subscription { sahabatDashboardChanged { __typename } }", viewers: ["sahabat"] },
  // The public list's live count, as an open /laporan page of the room's kecamatan listens.
  publicComplaintsAdded: { query: `subscription { publicComplaintsAdded(filter: { district: "${SOMBA_OPU}" }) { newCount } }`, viewers: ["resident", "trainer"] },
  complaintUpdated: { practiceAllowed: "one complaint by its own code (and PIN): a practice complaint's own tracking page, marked LATIHAN" },
  workshopRoomChanged: { practiceAllowed: "one workshop, for its own trainer only (workshops.test.ts)" },
  workshopClockChanged: { practiceAllowed: "one workshop's fast clock, for its own trainer only (workshop-clock.test.ts)" },
};

let server: TestServer;
let smtp: SmtpStandIn;
let gateway: GatewayStandIn;
const sockets: Client[] = [];
/** What each real subscriber heard, by "field as viewer". */
const heard = new Map<string, unknown[]>();
/** A subscription refused or ended with an error would hear nothing and prove nothing. */
const errors: string[] = [];

function socketFor(cookie: string): Client {
  const client = liveClient(server.wsUrl, { cookie }, { lazy: false });
  sockets.push(client);
  return client;
}

const SUBMIT = `mutation($input: SubmitComplaintInput!) { submitComplaint(input: $input) { errors { field code } complaint { id trackingCode } } }`;
const input = (title: string) => ({
  kind: "PENGADUAN",
  title,
  story: "Lampu jalan di depan pasar padam sejak seminggu.",
  districtCode: SOMBA_OPU,
  privacy: "PUBLIC",
  contactPreference: "SMS",
  reporterPhone: "0812 3456 7890",
});

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`never happened: ${what}`);
}

let practiceIds: string[] = [];
const clients = new Map<Viewer, GqlClient>();

beforeAll(async () => {
  smtp = await startSmtp();
  gateway = await startSmsGateway();
  server = await startTestServer({
    env: {
      ORIGIN: "https://suara.gowa.test",
      SMTP_URL: smtp.url,
      MAIL_FROM: "Suara Gowa <suara@gowa.test>",
      SMS_GATEWAY_URL: gateway.url,
      SMS_GATEWAY_BODY: '{"msisdn":"{{to}}","message":"{{text}}"}',
    },
  });
    for (const viewer of ["resident", "verifier", "agency", "sahabat", "admin", "trainer"] as const) clients.set(viewer, await server.signedIn(demoEmail[viewer]));

  // Every real subscriber listens before the room starts.
  const ready: Promise<void>[] = [];
  for (const [field, how] of Object.entries(SUBSCRIPTIONS)) {
    if (!("query" in how)) continue;
    for (const viewer of how.viewers) {
      const log: unknown[] = [];
      heard.set(`${field} as ${viewer}`, log);
      const socket = socketFor(clients.get(viewer)!.cookieHeader());
      ready.push(
        new Promise<void>((resolve, reject) => {
          socket.on("connected", () => resolve());
          socket.subscribe(
            { query: how.query },
            { next: (value) => log.push(value), error: (e) => { errors.push(`${field} as ${viewer}: ${JSON.stringify(e)}`); reject(e); }, complete: () => undefined },
          );
        }),
      );
    }
  }
  await Promise.all(ready);

  // The room: a workshop of the demo trainer in Somba Opu, a participant who joins by its code
  // and files a practice complaint asking for an SMS receipt, and the fast clock played to the end.
  const trainer = clients.get("trainer")!;
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const made = await trainer.request(
    `mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { errors { field } workshop { id joinCode } } }`,
    { input: { title: "Latihan isolasi", date: today, districtCode: SOMBA_OPU, locale: "id" } },
  );
  const workshop = made.data.createWorkshop.workshop as { id: string; joinCode: string };
  for (const n of [1, 2]) {
    const participant = server.client();
    const joined = await participant.request(`mutation($code: String!) { joinWorkshop(code: $code) { errors { field } } }`, { code: workshop.joinCode });
    expect(joined.data.joinWorkshop.errors).toEqual([]);
    const filed = await participant.request(SUBMIT, { input: input(`Latihan ${n}`) });
    expect(filed.data.submitComplaint.errors).toEqual([]);
    practiceIds.push(filed.data.submitComplaint.complaint.id);
  }
  const practice = await server.db.prisma.complaint.findMany({ where: { id: { in: practiceIds } } });
  expect(practice.every((c) => c.isSandbox && c.workshopId === workshop.id)).toBe(true);
  for (const complaintId of practiceIds) {
    for (let step = 0; step < 4; step++) {
      const played = await trainer.request(
        `mutation($i: PlayWorkshopClockStepInput!) { playWorkshopClockStep(input: $i) { errors { field code } complaint { status } } }`,
        { i: { workshopId: workshop.id, complaintId } },
      );
      expect(played.errors ?? played.data.playWorkshopClockStep.errors).toEqual([]);
    }
  }
  expect((await server.db.prisma.complaint.findMany({ where: { id: { in: practiceIds } } })).map((c) => c.status)).toEqual(["RESOLVED", "RESOLVED"]);
  // Whatever the outbox would send, it sends now.
  await server.outbox.runOnce();
}, 180_000);

afterAll(async () => {
  for (const s of sockets) await s.dispose();
  await server?.close();
  await Promise.all([smtp?.stop(), gateway?.close()]);
});

describe("practice never reaches a real subscription or an outside channel", () => {
  it("every root subscription field is either listened to here or named with why practice may travel on it", () => {
    const fields = Object.keys(schema.getSubscriptionType()!.getFields());
    expect(fields.filter((f) => !(f in SUBSCRIPTIONS)), "add these subscriptions to SUBSCRIPTIONS in this file").toEqual([]);
  });

  it("no real subscriber heard anything while the room filed and the fast clock played", () => {
    expect(errors).toEqual([]);
    const noisy = [...heard].filter(([, log]) => log.length > 0).map(([key, log]) => `${key}: ${JSON.stringify(log).slice(0, 300)}`);
    expect(noisy).toEqual([]);
  });

  it("no delivery of any channel, no SMS and no e-mail left for a practice complaint", async () => {
    const prisma = server.db.prisma;
    for (const channel of Object.values(DeliveryChannel)) {
      const rows = await prisma.delivery.count({ where: { channel, notification: { complaint: { isSandbox: true } } } });
      expect(rows, `${channel} deliveries for practice complaints`).toBe(0);
    }
    expect(await prisma.sahabatTask.count({ where: { notification: { complaint: { isSandbox: true } } } })).toBe(0);
    expect(gateway.requests).toHaveLength(0);
    expect(smtp.received).toHaveLength(0);
    // The practice news did happen: each practice complaint's timeline has the fast clock's steps.
    expect(await prisma.timelineEvent.count({ where: { complaintId: { in: practiceIds } } })).toBeGreaterThanOrEqual(2 * 5);
  });

  it("the control: a real complaint filed the same way reaches the same subscriptions and channels", async () => {
    const filed = await server.client().request(SUBMIT, { input: input("Lampu jalan padam di pasar") });
    expect(filed.data.submitComplaint.errors).toEqual([]);
    await until(() => (heard.get("queueChanged as verifier")?.length ?? 0) > 0, "the verifier's queue hears of the real complaint");
    // Verified, it counts on the sahabat's kecamatan dashboard.
    const verified = await clients.get("verifier")!.request(
      `mutation($i: ActOnComplaintInput!) { actOnComplaint(input: $i) { errors { field } complaint { status } } }`,
      { i: { complaintId: filed.data.submitComplaint.complaint.id, action: "verify" } },
    );
    expect(verified.data.actOnComplaint.complaint.status).toBe("VERIFIED");
    await until(() => (heard.get("sahabatDashboardChanged as sahabat")?.length ?? 0) > 0 || errors.length > 0, "the sahabat's dashboard hears of it");
    await until(() => (heard.get("publicComplaintsAdded as resident")?.length ?? 0) > 0 || errors.length > 0, "an open public list hears of it");
    expect(errors).toEqual([]);
    await server.outbox.runOnce();
    await until(() => gateway.requests.length > 0, "the real complaint's SMS receipt reaches the gateway");
  });
});
