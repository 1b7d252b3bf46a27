// Two-step sign-in (#19): enrolling an authenticator app, signing in with its code, wrong codes
// slowed per account, recovery codes used once, staff powers withheld until a second factor is
// given, role changes wanting a fresh code, and the demo accounts' published secrets.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../server/src/auth/password.ts";
import { DEMO_TOTP_SECRETS, secretOfUri, totpCode } from "../support/second-factor.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";
import { demoEmail, DEMO_PASSWORD } from "../support/demo.ts";

let server: TestServer;
let clock = Date.now();
beforeAll(async () => {
  server = await startTestServer({ now: () => new Date(clock) });
});
afterAll(() => server?.close());

const PASSWORD = "kata sandi uji";
const SIGN_IN = `mutation($e: String, $p: String) { signIn(input: { email: $e, password: $p }) { user { id } next errors { field code } } }`;
const GIVE = `mutation($c: String) { giveSecondFactor(input: { code: $c }) { ok usedRecoveryCode recoveryCodesLeft errors { field code message } } }`;
const START = `mutation { startSecondFactorEnrolment { groupedKey uri qrSvg errors { field code } } }`;
const CONFIRM = `mutation($c: String) { confirmSecondFactorEnrolment(input: { code: $c }) { recoveryCodes errors { field code message } } }`;
const ME = `{ viewer { id roles rolesAwaitingSecondFactor secondFactor { enrolled recoveryCodesLeft required rolesWithheld } } }`;
const QUEUE = `{ queue(first: 1) { totalCount } }`;

let made = 0;
async function account(role: "VERIFIER" | "RESIDENT") {
  made++;
  const email = `dua${made}@contoh.id`;
  await server.db.prisma.user.create({
    data: {
      name: `Akun ${made}`,
      email,
      passwordHash: await hashPassword(PASSWORD),
      roles: { create: { role, regionCode: role === "VERIFIER" ? server.deps.regencyCode : null } },
    },
  });
  return email;
}

async function passwordOnly(email: string): Promise<{ client: GqlClient; next: string }> {
  const client = server.client();
  const res = await client.request(SIGN_IN, { e: email, p: PASSWORD });
  expect(res.data.signIn.errors).toEqual([]);
  return { client, next: res.data.signIn.next };
}

const code = (secret: string, stepOffset = 0) => totpCode(secret, new Date(clock + stepOffset * 30_000));
const nextStep = () => (clock += 30_000);

async function enrol(client: GqlClient): Promise<{ secret: string; recoveryCodes: string[] }> {
  const started = (await client.request(START)).data.startSecondFactorEnrolment;
  expect(started.errors).toEqual([]);
  const secret = secretOfUri(started.uri);
  expect(started.groupedKey.replace(/ /g, "")).toBe(secret);
  expect(started.qrSvg).toMatch(/^<svg/);
  const confirmed = (await client.request(CONFIRM, { c: code(secret) })).data.confirmSecondFactorEnrolment;
  expect(confirmed.errors).toEqual([]);
  expect(confirmed.recoveryCodes).toHaveLength(10);
  return { secret, recoveryCodes: confirmed.recoveryCodes };
}

describe("a verifier without an authenticator app", () => {
  it("is signed in but has no staff powers until enrolled; enrolling gives them in this session", async () => {
    const email = await account("VERIFIER");
    const { client, next } = await passwordOnly(email);
    expect(next).toBe("ENROL");
    const before = (await client.request(ME)).data.viewer;
    expect(before).toMatchObject({ roles: [], rolesAwaitingSecondFactor: ["VERIFIER"], secondFactor: { enrolled: false, required: true } });
    const refused = await client.request(QUEUE);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    // A wrong first code does not enrol.
    const started = (await client.request(START)).data.startSecondFactorEnrolment;
    const secret = secretOfUri(started.uri);
    // The same key again while enrolling (a reload does not change it).
    expect(secretOfUri((await client.request(START)).data.startSecondFactorEnrolment.uri)).toBe(secret);
    const wrong = (await client.request(CONFIRM, { c: code(secret, 3) })).data.confirmSecondFactorEnrolment;
    expect(wrong.errors).toMatchObject([{ field: "authCode", code: "wrong_code" }]);
    const confirmed = (await client.request(CONFIRM, { c: code(secret) })).data.confirmSecondFactorEnrolment;
    expect(confirmed.errors).toEqual([]);
    expect(confirmed.recoveryCodes).toHaveLength(10);
    expect(confirmed.recoveryCodes[0]).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);

    const after = (await client.request(ME)).data.viewer;
    expect(after).toMatchObject({ roles: ["VERIFIER"], rolesAwaitingSecondFactor: [], secondFactor: { enrolled: true, recoveryCodesLeft: 10 } });
    expect((await client.request(QUEUE)).errors).toBeUndefined();

    // The secret is stored sealed, the recovery codes hashed.
    const row = await server.db.prisma.secondFactor.findFirstOrThrow({ where: { user: { email } } });
    expect(row.secret).not.toContain(secret);
    const hashes = await server.db.prisma.secondFactorRecoveryCode.findMany({ where: { user: { email } } });
    expect(hashes.map((h) => h.codeHash)).not.toContain(confirmed.recoveryCodes[0]);
    const audited = await server.db.prisma.auditLog.count({ where: { action: "second_factor.enrol", entityId: row.userId } });
    expect(audited).toBe(1);
  });
});

describe("signing in with an authenticator app", () => {
  it("the password alone is not signed in; the code finishes; a used code is refused; a recovery code works once", async () => {
    const email = await account("VERIFIER");
    const first = await passwordOnly(email);
    const { secret, recoveryCodes } = await enrol(first.client);
    // Two steps on, so the code one step back is not the one enrolling used.
    nextStep();
    nextStep();

    const second = await passwordOnly(email);
    expect(second.next).toBe("CODE");
    expect((await second.client.request(ME)).data.viewer).toBeNull();
    expect((await second.client.request(QUEUE)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    // The pending session is short-lived.
    const pending = await server.db.prisma.session.findFirstOrThrow({ where: { user: { email }, secondFactorAt: null }, orderBy: { createdAt: "desc" } });
    expect(pending.expiresAt.getTime() - clock).toBeLessThanOrEqual(10 * 60_000);

    // A code from one step back still counts (the phone's clock a little slow).
    const given = (await second.client.request(GIVE, { c: code(secret, -1) })).data.giveSecondFactor;
    expect(given).toMatchObject({ ok: true, usedRecoveryCode: false, errors: [] });
    expect((await second.client.request(ME)).data.viewer.roles).toEqual(["VERIFIER"]);

    // The same code (and the one of the step before it) again: refused, even on another device.
    const third = await passwordOnly(email);
    const replayed = (await third.client.request(GIVE, { c: code(secret, -1) })).data.giveSecondFactor;
    expect(replayed).toMatchObject({ ok: false, errors: [{ field: "authCode", code: "code_used" }] });
    // The current step's code is newer: accepted.
    expect((await third.client.request(GIVE, { c: code(secret) })).data.giveSecondFactor.ok).toBe(true);

    // The phone is lost: a recovery code, then the same one again.
    const fourth = await passwordOnly(email);
    const recovered = (await fourth.client.request(GIVE, { c: recoveryCodes[0]!.toLowerCase() })).data.giveSecondFactor;
    expect(recovered).toMatchObject({ ok: true, usedRecoveryCode: true, recoveryCodesLeft: 9 });
    const fifth = await passwordOnly(email);
    const spent = (await fifth.client.request(GIVE, { c: recoveryCodes[0] })).data.giveSecondFactor;
    expect(spent).toMatchObject({ ok: false, errors: [{ code: "wrong_code" }] });
    expect(await server.db.prisma.auditLog.count({ where: { action: "second_factor.recovery_code_used" } })).toBeGreaterThanOrEqual(1);

    // Signing out a waiting session ends it.
    await fifth.client.request(`mutation { signOut }`);
    expect((await fifth.client.request(GIVE, { c: recoveryCodes[1] })).data.giveSecondFactor.errors).toMatchObject([{ code: "sign_in_required" }]);
  });

  it("a new password through 'Lupa kata sandi' is a right password, not a second factor: the code still follows", async () => {
    const ASK = `mutation($c: String) { requestAccountRecovery(input: { contact: $c }) { ok } }`;
    const RESET = `mutation($c: String, $k: String, $p: String) { resetPassword(input: { contact: $c, code: $k, password: $p }) { ok next errors { code } } }`;
    const reset = async (email: string, password: string) => {
      const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email } });
      expect((await server.client().request(ASK, { c: email })).data.requestAccountRecovery.ok).toBe(true);
      const note = await server.db.prisma.notification.findFirstOrThrow({ where: { userId: user.id }, orderBy: { createdAt: "desc" } });
      const client = server.client();
      const answer = (await client.request(RESET, { c: email, k: /\b(\d{6})\b/.exec(note.body)![1], p: password })).data.resetPassword;
      return { client, answer };
    };

    // With an authenticator app: the new session waits for its code, short-lived, as a sign-in's does.
    const email = await account("VERIFIER");
    const { secret } = await enrol((await passwordOnly(email)).client);
    nextStep();
    const { client, answer } = await reset(email, "sandi baru yang panjang");
    expect(answer).toEqual({ ok: true, next: "CODE", errors: [] });
    expect((await client.request(ME)).data.viewer).toBeNull();
    expect((await client.request(`{ signInAwaitingCode }`)).data.signInAwaitingCode).toBe(true);
    const pending = await server.db.prisma.session.findFirstOrThrow({ where: { user: { email }, revokedAt: null }, orderBy: { createdAt: "desc" } });
    expect(pending.expiresAt.getTime() - clock).toBeLessThanOrEqual(10 * 60_000);
    expect((await client.request(GIVE, { c: code(secret) })).data.giveSecondFactor.ok).toBe(true);
    expect((await client.request(ME)).data.viewer.roles).toEqual(["VERIFIER"]);

    // Staff without one: signed in, their roles wait for enrolling. A resident without one: signed in.
    const staff = await reset(await account("VERIFIER"), "sandi baru yang panjang");
    expect(staff.answer).toEqual({ ok: true, next: "ENROL", errors: [] });
    expect((await staff.client.request(ME)).data.viewer).toMatchObject({ roles: [], rolesAwaitingSecondFactor: ["VERIFIER"] });
    const resident = await reset(await account("RESIDENT"), "sandi baru yang panjang");
    expect(resident.answer).toEqual({ ok: true, next: "NONE", errors: [] });
    expect((await resident.client.request(ME)).data.viewer).toMatchObject({ roles: ["RESIDENT"] });
  });

  it("slows down wrong codes for the account, then a right code still works after the wait", async () => {
    const email = await account("RESIDENT");
    const first = await passwordOnly(email);
    expect(first.next).toBe("NONE");
    const { secret } = await enrol(first.client);
    nextStep();
    const { client } = await passwordOnly(email);
    for (let i = 0; i < 5; i++) {
      const wrong = (await client.request(GIVE, { c: "000000" })).data.giveSecondFactor;
      expect(wrong.errors[0].code).toBe("wrong_code");
    }
    const slowed = (await client.request(GIVE, { c: code(secret) })).data.giveSecondFactor;
    expect(slowed.errors).toMatchObject([{ field: "authCode", code: "slow_down" }]);
    expect(slowed.errors[0].message).toMatch(/detik/);
    clock += 61_000;
    expect((await client.request(GIVE, { c: code(secret) })).data.giveSecondFactor.ok).toBe(true);
  });

  it("new recovery codes and turning it off need the password and a code", async () => {
    const email = await account("RESIDENT");
    const { client } = await passwordOnly(email);
    const { secret, recoveryCodes } = await enrol(client);
    nextStep();
    const REGEN = `mutation($p: String, $c: String) { regenerateRecoveryCodes(input: { password: $p, code: $c }) { recoveryCodes errors { field code } } }`;
    const OFF = `mutation($p: String, $c: String) { turnOffSecondFactor(input: { password: $p, code: $c }) { ok errors { field code } } }`;
    expect((await client.request(REGEN, { p: "salah", c: code(secret) })).data.regenerateRecoveryCodes.errors).toMatchObject([{ field: "password", code: "invalid_credentials" }]);
    expect((await client.request(REGEN, { p: PASSWORD, c: "" })).data.regenerateRecoveryCodes.errors).toMatchObject([{ field: "authCode", code: "required" }]);
    const fresh = (await client.request(REGEN, { p: PASSWORD, c: code(secret) })).data.regenerateRecoveryCodes;
    expect(fresh.recoveryCodes).toHaveLength(10);
    nextStep();
    // The old codes stopped working.
    expect((await client.request(OFF, { p: PASSWORD, c: recoveryCodes[0] })).data.turnOffSecondFactor.errors).toMatchObject([{ code: "wrong_code" }]);
    expect((await client.request(OFF, { p: PASSWORD, c: fresh.recoveryCodes[0] })).data.turnOffSecondFactor.ok).toBe(true);
    expect((await client.request(ME)).data.viewer.secondFactor).toMatchObject({ enrolled: false, recoveryCodesLeft: 0 });
    expect((await passwordOnly(email)).next).toBe("NONE");
  });
});

describe("role changes", () => {
  it("want a code typed in the last ten minutes", async () => {
    const admin = await server.signedIn(demoEmail.admin);
    const email = await account("RESIDENT");
    const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email } });
    const GRANT = `mutation($u: ID!) { grantRole(input: { userId: $u, role: "TRAINER" }) { errors { field code message } } }`;
    clock += 11 * 60_000;
    const stale = (await admin.request(GRANT, { u: user.id })).data.grantRole.errors;
    expect(stale).toMatchObject([{ field: "code", code: "second_factor_needed" }]);
    expect((await admin.request(GIVE, { c: totpCode(DEMO_TOTP_SECRETS[demoEmail.admin]!, new Date(clock)) })).data.giveSecondFactor.ok).toBe(true);
    expect((await admin.request(GRANT, { u: user.id })).data.grantRole.errors).toEqual([]);
  });
});

describe("demo accounts", () => {
  it("accept their published secret's code again from many phones at once (a workshop room)", async () => {
    const at = new Date(clock);
    const demoCode = totpCode(DEMO_TOTP_SECRETS[demoEmail.verifier]!, at);
    for (let i = 0; i < 3; i++) {
      const client = server.client();
      const res = await client.request(SIGN_IN, { e: demoEmail.verifier, p: DEMO_PASSWORD });
      expect(res.data.signIn.next).toBe("CODE");
      expect((await client.request(GIVE, { c: demoCode })).data.giveSecondFactor.ok).toBe(true);
      expect((await client.request(ME)).data.viewer.roles).toEqual(["VERIFIER"]);
    }
  });
});
