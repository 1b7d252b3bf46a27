// "Lupa kata sandi": a one-time code sent through the notification outbox (a Notification row),
// stored hashed, short-lived, with few tries; the answer never says whether an account exists.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ONE_TIME_CODE } from "../../server/src/domain/account/one-time-code.ts";
import { tick } from "../../server/src/services/workers/scheduler.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let now = new Date("2026-11-25T02:00:00Z");
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ now: () => now });
});
afterAll(() => server?.close());

const SIGN_IN = `mutation($e: String, $p: String) { signIn(input: { email: $e, password: $p }) { errors { field code } } }`;
const ASK = `mutation($c: String) { requestAccountRecovery(input: { contact: $c }) { ok errors { field code message } } }`;
const RESET = `mutation($c: String, $k: String, $p: String) { resetPassword(input: { contact: $c, code: $k, password: $p }) { ok errors { field code message } } }`;

let n = 0;
async function account(kind: "email" | "phone" = "email") {
  n += 1;
  const contact = kind === "email" ? `lupa${n}@contoh.id` : `0813 5555 ${String(1000 + n)}`;
  const c = await server.signedUp({ name: `Lupa ${n}`, [kind]: contact, password: "sandi lama sekali" });
  const user = await server.db.prisma.user.findFirstOrThrow({ where: { name: `Lupa ${n}` } });
  return { contact, user, client: c };
}

async function codeSentTo(userId: string): Promise<string> {
  const note = await server.db.prisma.notification.findFirstOrThrow({ where: { userId }, orderBy: { createdAt: "desc" } });
  return /\b(\d{6})\b/.exec(note.body)![1]!;
}

describe("asking for a code", () => {
  it("answers the same whether an account has the contact or not; only a real account's message holds a code", async () => {
    const { contact, user } = await account();
    const known = await server.client().request(ASK, { c: contact.toUpperCase() });
    const unknown = await server.client().request(ASK, { c: "tidak.ada@contoh.id" });
    expect(known.data.requestAccountRecovery).toEqual({ ok: true, errors: [] });
    expect(unknown.data.requestAccountRecovery).toEqual(known.data.requestAccountRecovery);
    const notes = await server.db.prisma.notification.findMany({ where: { userId: user.id, title: { contains: "kata sandi" } } });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ contact, locale: "id", title: expect.stringContaining("kata sandi") });
    // The unknown address is told no account has it, with no code in the message.
    const toStranger = await server.lastMessageTo("tidak.ada@contoh.id");
    expect(toStranger).toMatch(/belum ada akun/);
    expect(/\b\d{6}\b/.test(toStranger)).toBe(false);
    // Only a hash is kept.
    const code = await codeSentTo(user.id);
    const stored = await server.db.prisma.contactCode.findFirstOrThrow({ where: { purpose: "recovery" }, orderBy: { createdAt: "desc" } });
    expect(stored.codeHash).not.toContain(code);
  });

  it.each([
    ["", "required"],
    ["nama saya", "invalid_phone"],
    ["a@b", "invalid_email"],
  ])("%j → %s", async (contact, code) => {
    const res = await server.client().request(ASK, { c: contact });
    expect(res.data.requestAccountRecovery.errors.map((e: { code: string }) => e.code)).toEqual([code]);
  });

  it("is limited per contact in the database, for accounts and non-accounts alike", async () => {
    for (const contact of ["0813 9999 0001", (await account()).contact]) {
      for (let i = 0; i < 5; i++) expect((await server.client().request(ASK, { c: contact })).data.requestAccountRecovery.ok).toBe(true);
      const sixth = await server.client().request(ASK, { c: contact });
      expect(sixth.data.requestAccountRecovery.errors).toMatchObject([{ field: "contact", code: "too_many_attempts", message: expect.stringMatching(/\d+ menit/) }]);
    }
  });
});

describe("setting a new password with the code", () => {
  it("works once, signs in, ends the old sessions, and the old password stops working", async () => {
    const { contact, user, client: oldSession } = await account("phone");
    await server.client().request(ASK, { c: contact });
    const code = await codeSentTo(user.id);
    const browser = server.client();
    const done = await browser.request(RESET, { c: contact.replaceAll(" ", "-"), k: `${code.slice(0, 3)} ${code.slice(3)}`, p: "sandi baru yang panjang" });
    expect(done.data.resetPassword).toEqual({ ok: true, errors: [] });
    expect((await browser.request(`{ viewer { name } }`)).data.viewer).toEqual({ name: user.name });
    expect((await oldSession.request(`{ viewer { name } }`)).data.viewer).toBeNull();
    expect((await server.client().request(SIGN_IN, { e: contact, p: "sandi lama sekali" })).data.signIn.errors).toHaveLength(1);
    expect((await server.client().request(SIGN_IN, { e: contact, p: "sandi baru yang panjang" })).data.signIn.errors).toEqual([]);
    const again = await server.client().request(RESET, { c: contact, k: code, p: "sandi ketiga panjang" });
    expect(again.data.resetPassword.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([["code", "no_match"]]);
  });

  it.each([
    ["no code", { k: "" }, [["code", "required"]]],
    ["a code of letters", { k: "abcdef" }, [["code", "no_match"]]],
    ["a short password", { p: "pendek" }, [["password", "too_short"]]],
    ["no contact", { c: "" }, [["contact", "required"]]],
  ])("%s", async (_name, override, expected) => {
    const { contact, user } = await account();
    await server.client().request(ASK, { c: contact });
    const code = await codeSentTo(user.id);
    const res = await server.client().request(RESET, { c: contact, k: code, p: "sandi baru yang panjang", ...override });
    expect(res.data.resetPassword.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual(expected);
  });

  it("a wrong code, an expired code, an earlier code and a code for nobody get one answer", async () => {
    const { contact, user } = await account();
    await server.client().request(ASK, { c: contact });
    const first = await codeSentTo(user.id);
    await server.client().request(ASK, { c: contact });
    const second = await codeSentTo(user.id);
    const wrong = first === "000000" ? "111111" : "000000";
    const tries = [
      { c: contact, k: first === second ? wrong : first },
      { c: contact, k: wrong === second ? "222222" : wrong },
      { c: "tidak.ada@contoh.id", k: second },
    ];
    for (const t of tries) {
      const res = await server.client().request(RESET, { ...t, p: "sandi baru yang panjang" });
      expect(res.data.resetPassword.errors.map((e: { code: string }) => e.code)).toEqual(["no_match"]);
    }
    now = new Date(now.getTime() + 31 * 60_000);
    const late = await server.client().request(RESET, { c: contact, k: second, p: "sandi baru yang panjang" });
    expect(late.data.resetPassword.errors.map((e: { code: string }) => e.code)).toEqual(["no_match"]);
  });

  it("stops a code after five wrong tries, even if the right one comes next", async () => {
    const { contact, user } = await account();
    await server.client().request(ASK, { c: contact });
    const code = await codeSentTo(user.id);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i++) await server.client().request(RESET, { c: contact, k: wrong, p: "sandi baru yang panjang" });
    const right = await server.client().request(RESET, { c: contact, k: code, p: "sandi baru yang panjang" });
    expect(right.data.resetPassword.errors.map((e: { code: string }) => e.code)).toEqual(["no_match"]);
  });

  it("limits wrong codes per contact across fresh codes", async () => {
    const { contact, user } = await account();
    for (let round = 0; round < 2; round++) {
      await server.client().request(ASK, { c: contact });
      const code = await codeSentTo(user.id);
      const wrong = code === "000000" ? "111111" : "000000";
      for (let i = 0; i < 5; i++) await server.client().request(RESET, { c: contact, k: wrong, p: "sandi baru yang panjang" });
    }
    await server.client().request(ASK, { c: contact });
    const code = await codeSentTo(user.id);
    const blocked = await server.client().request(RESET, { c: contact, k: code, p: "sandi baru yang panjang" });
    expect(blocked.data.resetPassword.errors).toMatchObject([{ field: "code", code: "too_many_attempts" }]);
  });
});

describe("what is left of a code", () => {
  it("is removed by the scheduler a day after the code stopped working, with what a sign-up code carried", async () => {
    const client = server.client();
    await client.request(`mutation($i: SignUpInput!) { signUp(input: $i) { errors { field } } }`, {
      i: { name: "Belum Selesai", email: "belum.selesai@contoh.id", password: "kata sandi panjang" },
    });
    const pending = await server.db.prisma.contactCode.findFirstOrThrow({ where: { purpose: "sign-up", payload: { path: ["name"], equals: "Belum Selesai" } } });
    expect(pending.payload).toMatchObject({ name: "Belum Selesai", email: "belum.selesai@contoh.id" });
    await tick(server.deps);
    expect(await server.db.prisma.contactCode.count({ where: { id: pending.id } })).toBe(1);
    now = new Date(now.getTime() + ONE_TIME_CODE.ttlMs + 86_400_000 + 60_000);
    await tick(server.deps);
    expect(await server.db.prisma.contactCode.count({ where: { id: pending.id } })).toBe(0);
    expect(await server.db.prisma.contactCode.count({ where: { expiresAt: { lt: new Date(now.getTime() - 86_400_000) } } })).toBe(0);
  });
});
