// A person's own sessions: listed (this one first), one ended by id (only their own), or all at
// once; an ended session stops working at once and is audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const LIST = `{ mySessions { id deviceLabel current signedInAt lastSeenAt } }`;
const VIEWER = `{ viewer { id } }`;

let made = 0;
/** A new account, signed in on the client that signed it up (its first session). */
async function account() {
  made++;
  const email = `sesi${made}@contoh.id`;
  const client = await server.signedUp({ name: `Warga ${made}`, email, password: "kata sandi panjang sekali" });
  return { email, client };
}

describe("mySessions, endSession, signOutEverywhere", () => {
  it("lists the account's sessions, this one first; ends another one at once; never someone else's", async () => {
    const { email, client: a } = await account();
    const b = await server.signedIn(email, { password: "kata sandi panjang sekali" });
    const { client: stranger } = await account();

    const listed = (await a.request(LIST)).data.mySessions;
    expect(listed).toHaveLength(2);
    expect(listed.map((s: { current: boolean }) => s.current)).toEqual([true, false]);
    expect(listed[0].deviceLabel).toBe("Perangkat tidak dikenal");
    const otherId = listed[1].id;

    // Someone else's id ends nothing.
    expect((await stranger.request(`mutation($id: ID!) { endSession(id: $id) }`, { id: otherId })).data.endSession).toBe(0);
    expect((await b.request(VIEWER)).data.viewer).not.toBeNull();

    expect((await a.request(`mutation($id: ID!) { endSession(id: $id) }`, { id: otherId })).data.endSession).toBe(1);
    expect((await b.request(VIEWER)).data.viewer).toBeNull();
    expect((await a.request(LIST)).data.mySessions).toHaveLength(1);
    const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(await server.db.prisma.auditLog.count({ where: { entityId: user.id, action: "session.end" } })).toBe(1);
  });

  it("signs out everywhere, this one included", async () => {
    const { email, client: a } = await account();
    const b = await server.signedIn(email, { password: "kata sandi panjang sekali" });
    expect((await a.request(`mutation { signOutEverywhere }`)).data.signOutEverywhere).toBe(2);
    expect((await a.request(VIEWER)).data.viewer).toBeNull();
    expect((await b.request(VIEWER)).data.viewer).toBeNull();
  });

  it("is for signed-in people only", async () => {
    const res = await server.client().request(LIST);
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
