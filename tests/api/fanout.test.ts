// One event to many complaintUpdated subscribers is executed once per group of subscribers who
// may see the same (server/src/graphql/fanout.ts). Over real WebSockets: subscribers of one
// complaint with the same operation but different viewers (anonymous in two languages, the
// reporter with the PIN) each get what they may see, never another group's answer; when the
// public loses access, the anonymous group stops getting the complaint while the reporter goes on.
import type { Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";
import { liveClient } from "../support/live.ts";

let server: TestServer;
const clients: Client[] = [];

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const c of clients) await c.dispose();
  await server?.close();
});

const SUBSCRIBE = `subscription($code: String!, $secret: String) {
  complaintUpdated(trackingCode: $code, accessSecret: $secret) { trackingCode statusLabel viewerIsReporter storyState story reporterPhone }
}`;

type Update = {
  data?: { complaintUpdated: Record<string, unknown> } | null;
  errors?: { extensions?: { code?: string } }[];
};

/** A subscriber's updates, in order, as they arrive. */
function subscriber(headers: Record<string, string>, variables: Record<string, unknown>) {
  const client = liveClient(server.wsUrl, headers);
  clients.push(client);
  const updates: Update[] = [];
  const waiters: Array<() => void> = [];
  client.subscribe(
    { query: SUBSCRIBE, variables },
    {
      next: (value) => {
        updates.push(value as Update);
        for (const wake of waiters.splice(0)) wake();
      },
      error: (error) => {
        updates.push({ errors: error as Update["errors"] });
        for (const wake of waiters.splice(0)) wake();
      },
      complete: () => {},
    },
  );
  return {
    updates,
    async update(n: number): Promise<Update> {
      const deadline = Date.now() + 10_000;
      while (updates.length < n) {
        if (Date.now() > deadline) throw new Error(`no update ${n} within 10 s`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return updates[n - 1]!;
    },
  };
}

describe("complaintUpdated to many subscribers", () => {
  it("gives each kind of viewer its own answer, and stops the public's when the public loses access", async () => {
    const filed = await server.client().request(
      `mutation($input: SubmitComplaintInput!) { submitComplaint(input: $input) { accessSecret complaint { id trackingCode } } }`,
      {
        input: {
          kind: "PENGADUAN",
          title: "Jembatan retak",
          story: "Retaknya makin lebar setelah hujan.",
          districtCode: "73.06.06",
          privacy: "PUBLIC",
          reporterPhone: "081234567890",
        },
      },
    );
    const { id, trackingCode: code } = filed.data.submitComplaint.complaint as { id: string; trackingCode: string };
    const secret = filed.data.submitComplaint.accessSecret as string;

    const anonymous = [subscriber({}, { code }), subscriber({}, { code }), subscriber({}, { code })];
    const english = subscriber({ cookie: "lang=en" }, { code });
    const reporter = subscriber({}, { code, secret });
    for (let i = 0; i < 400 && server.subscriberCount(id) < 5; i++) await new Promise((r) => setTimeout(r, 25));
    expect(server.subscriberCount(id)).toBe(5);

    const publish = () =>
      server.deps.bus.publish(`complaint:${id}`, { type: "complaint.updated", complaintId: id, trackingCode: code, eventId: null });
    await publish();

    const publicView = (await anonymous[0]!.update(1)).data?.complaintUpdated;
    expect(publicView).toEqual({
      trackingCode: code,
      statusLabel: expect.any(String),
      viewerIsReporter: false,
      storyState: "BEING_CHECKED",
      story: null,
      reporterPhone: null,
    });
    for (const other of anonymous.slice(1)) expect(await other.update(1)).toEqual(await anonymous[0]!.update(1));

    const englishView = (await english.update(1)).data?.complaintUpdated;
    expect(englishView).toMatchObject({ viewerIsReporter: false, story: null, reporterPhone: null });
    expect(englishView?.statusLabel).not.toBe(publicView?.statusLabel);

    expect((await reporter.update(1)).data?.complaintUpdated).toEqual({
      trackingCode: code,
      statusLabel: publicView?.statusLabel,
      viewerIsReporter: true,
      storyState: "SHOWN",
      story: "Retaknya makin lebar setelah hujan.",
      reporterPhone: "+6281234567890",
    });

    // The complaint becomes confidential (as a verifier's restriction would make it): the next
    // event tells the public it is not found, and keeps telling the reporter everything.
    await server.deps.db.prisma.complaint.update({ where: { id }, data: { privacy: "CONFIDENTIAL" } });
    await publish();
    for (const viewer of [...anonymous, english]) {
      const update = await viewer.update(2);
      expect(update.data?.complaintUpdated ?? null).toBeNull();
      expect(update.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
    expect((await reporter.update(2)).data?.complaintUpdated).toMatchObject({ viewerIsReporter: true, story: "Retaknya makin lebar setelah hujan." });
  });
});
