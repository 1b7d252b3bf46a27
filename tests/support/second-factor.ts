// Two-step sign-in in the test kit: codes computed with otpauth from the demo accounts' published
// secrets (DEMO_TOTP_SECRETS), and staff accounts a test made itself enrolled on their first
// sign-in, as a person would, with their secret and recovery codes kept here for the next one.
import { Secret, TOTP } from "otpauth";
import { DEMO_TOTP_SECRETS } from "../../server/src/db/seed/demo-accounts.ts";

export { DEMO_TOTP_SECRETS };

/** The six-digit code an authenticator app shows for `secret` at `at`. */
export function totpCode(secretBase32: string, at = new Date()): string {
  return new TOTP({ secret: Secret.fromBase32(secretBase32.replace(/\s/g, "")), algorithm: "SHA1", digits: 6, period: 30 }).generate({
    timestamp: at.getTime(),
  });
}

/** The secret inside an otpauth:// link (what the QR code holds). */
export function secretOfUri(uri: string): string {
  const secret = new URL(uri).searchParams.get("secret");
  if (!secret) throw new Error(`no secret in ${uri}`);
  return secret;
}

type Enrolled = { secret: string; recoveryCodes: string[] };
/** Per server (its address) and account: what the kit enrolled. */
const enrolled = new Map<string, Enrolled>();

export function rememberEnrolment(server: string, email: string, secret: string, recoveryCodes: string[]): void {
  enrolled.set(`${server}|${email.toLowerCase()}`, { secret, recoveryCodes: [...recoveryCodes] });
}

type Send = (query: string, variables?: Record<string, unknown>) => Promise<any>;

const GIVE = `mutation($i: SecondFactorCodeInput!) { giveSecondFactor(input: $i) { ok errors { field code message } } }`;

/**
 * Finishes a sign-in whose password was right: types the authenticator code when the account has
 * one (`next` CODE), or enrols one for a staff account without (`next` ENROL). `send` runs one
 * GraphQL operation in the signed-in client and returns its `data`; `now` is the server's clock
 * (tests that move it sign in at the server's time).
 */
export async function finishSignIn(
  send: Send,
  server: string,
  email: string,
  next: string | null | undefined,
  now: () => Date = () => new Date(),
): Promise<void> {
  const key = `${server}|${email.toLowerCase()}`;
  if (next === "CODE") {
    const secret = DEMO_TOTP_SECRETS[email.toLowerCase()] ?? enrolled.get(key)?.secret;
    if (!secret) throw new Error(`${email} has an authenticator app the test kit does not know`);
    const data = await send(GIVE, { i: { code: totpCode(secret, now()) } });
    if (data.giveSecondFactor.ok) return;
    // A real account's code is not accepted twice: a second sign-in within the half minute
    // uses one of the recovery codes the kit kept.
    const spare = enrolled.get(key)?.recoveryCodes.shift();
    if (spare && data.giveSecondFactor.errors[0]?.code === "code_used") {
      const again = await send(GIVE, { i: { code: spare } });
      if (again.giveSecondFactor.ok) return;
    }
    throw new Error(`second factor for ${email} refused: ${JSON.stringify(data.giveSecondFactor.errors)}`);
  }
  if (next === "ENROL") {
    const started = await send(`mutation { startSecondFactorEnrolment { uri errors { code } } }`);
    const uri = started.startSecondFactorEnrolment.uri;
    if (!uri) throw new Error(`enrolling ${email}: ${JSON.stringify(started.startSecondFactorEnrolment.errors)}`);
    const secret = secretOfUri(uri);
    const confirmed = await send(`mutation($i: SecondFactorCodeInput!) { confirmSecondFactorEnrolment(input: $i) { recoveryCodes errors { code } } }`, {
      i: { code: totpCode(secret, now()) },
    });
    if (confirmed.confirmSecondFactorEnrolment.errors.length > 0) {
      throw new Error(`enrolling ${email}: ${JSON.stringify(confirmed.confirmSecondFactorEnrolment.errors)}`);
    }
    rememberEnrolment(server, email, secret, confirmed.confirmSecondFactorEnrolment.recoveryCodes);
  }
}

/**
 * Gives a demo staff account's authenticator code on a client whose password sign-in just went
 * through (for tests that sign in with their own mutation, e.g. from a chosen address).
 */
export async function giveDemoCode(client: { request(query: string, variables?: Record<string, unknown>): Promise<{ data: any }> }, email: string, at = new Date()): Promise<void> {
  const secret = DEMO_TOTP_SECRETS[email];
  if (!secret) throw new Error(`${email} is not a demo staff account`);
  const res = await client.request(GIVE, { i: { code: totpCode(secret, at) } });
  if (!res.data.giveSecondFactor.ok) throw new Error(`second factor for ${email} refused: ${JSON.stringify(res.data.giveSecondFactor.errors)}`);
}
