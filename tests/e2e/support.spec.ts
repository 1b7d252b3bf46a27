// "Saya juga mengalami", with and without JavaScript, on a server of this file's own whose SMS
// goes to a local stand-in gateway (tests/support/stand-ins.ts) and whose outbox runs, so the
// visitor reads the one-time code from the "SMS" as a resident would read it on their phone. A
// visitor without an account supports by phone (and follows the news); a signed-in resident
// supports in one click and sees the count go up.
import { expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../support/demo.ts";
import { startTestServer, type TestServer } from "../support/server.ts";
import { type GatewayStandIn, startSmsGateway } from "../support/stand-ins.ts";
import { expectNoAxeViolations } from "./support/axe.ts";
import { errorSummary } from "./support/pages.ts";

let server: TestServer;
let gateway: GatewayStandIn;

test.beforeAll(async () => {
  // A fresh database and the web app's first requests take a while on a loaded 2-core machine.
  test.setTimeout(120_000);
  gateway = await startSmsGateway();
  server = await startTestServer({ web: true, env: { SMS_GATEWAY_URL: gateway.url, OUTBOX_INTERVAL_MS: "200" } });
});
test.afterAll(async () => {
  await server?.close();
  await gateway?.close();
});

// Several page loads and an SMS round trip each: on a busy two-core machine 90 s is too tight.
test.describe.configure({ timeout: 180_000 });

let filed = 0;
/** A public complaint a verifier has checked (written straight to this server's database), with `supportCount` already counted. */
async function publicComplaint(page: Page, supportCount = 0): Promise<string> {
  filed += 1;
  const res = await page.context().request.post(`${server.url}/graphql`, {
    data: {
      query: `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { complaint { id trackingCode } errors { message } } }`,
      variables: { i: { kind: "PENGADUAN", title: `Air PDAM tidak mengalir ${filed}`, story: "Sudah tiga hari air tidak mengalir di Dusun Bontoa.", districtCode: "73.06.08", privacy: "PUBLIC" } },
    },
  });
  const { complaint, errors } = (await res.json()).data.submitComplaint;
  expect(errors).toEqual([]);
  await server.db.prisma.complaint.update({ where: { id: complaint.id }, data: { status: "DISPOSED", supportCount } });
  return complaint.trackingCode;
}

/** The code in the newest text message the gateway received for this number (+62…). */
async function smsCodeTo(phone: string): Promise<string> {
  let code: string | null = null;
  await expect(async () => {
    const sent = gateway.requests.map((r) => JSON.parse(r.body) as { to: string; text: string }).filter((m) => m.to === phone);
    code = /\b(\d{6})\b/.exec(sent.at(-1)?.text ?? "")?.[1] ?? null;
    expect(code).not.toBeNull();
  }).toPass({ timeout: 20_000 });
  return code!;
}

test("a visitor without an account supports by phone with the code from the SMS, and follows the news", async ({ page }, info) => {
  const code = await publicComplaint(page);
  // A number of this project's own (js and nojs run at once, each on its own server).
  const tail = info.project.name === "js" ? "4101" : "4102";
  const typed = `0812 5555 ${tail}`;
  const phone = `+6281255554${tail.slice(1)}`;

  await page.goto(`${server.url}/lacak/${code}`);
  const section = page.getByRole("region", { name: "Saya juga mengalami" });
  await expect(section.getByText("Belum ada orang lain yang mendukung laporan ini.")).toBeVisible();
  await section.getByRole("link", { name: "Saya juga mengalami" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Saya juga mengalami masalah ini" })).toBeVisible();
  const follow = page.getByRole("checkbox", { name: /Ikuti kabar laporan ini/ });
  await expect(follow).not.toBeChecked();
  await expectNoAxeViolations(page, "support, step 1");
  await page.getByRole("button", { name: "Kirim kode" }).click();
  await expect(errorSummary(page)).toContainText("Tulis nomor HP atau alamat email");
  await expect(page.getByLabel(/^Nomor HP atau email/)).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, "support, step 1, no contact");

  await page.getByLabel(/^Nomor HP atau email/).fill(typed);
  await follow.check();
  await page.getByRole("button", { name: "Kirim kode" }).click();
  await expect(page).toHaveURL(new RegExp(`/lacak/${code}/dukung/kode$`));
  await expect(page.getByText(`Kami sudah mengirim kode ke ${typed}.`, { exact: false })).toBeVisible();
  await expect(page.getByLabel(/^Nomor HP atau email/)).toHaveValue(typed);
  await expect(page.getByRole("checkbox", { name: /Ikuti kabar laporan ini/ })).toBeChecked();
  await expect(page.getByLabel(/^Kode 6 angka/)).toHaveAttribute("autocomplete", "one-time-code");
  await expectNoAxeViolations(page, "support, step 2");

  const sms = await smsCodeTo(phone);
  const wrong = sms === "000000" ? "111111" : "000000";
  await page.getByLabel(/^Kode 6 angka/).fill(wrong);
  await page.getByRole("button", { name: "Catat dukungan saya" }).click();
  await expect(errorSummary(page)).toContainText("Kode tidak cocok atau sudah tidak berlaku");
  await expect(page.getByLabel(/^Kode 6 angka/)).toHaveAttribute("aria-invalid", "true");
  // Nothing typed is lost.
  await expect(page.getByLabel(/^Nomor HP atau email/)).toHaveValue(typed);
  await expect(page.getByRole("checkbox", { name: /Ikuti kabar laporan ini/ })).toBeChecked();

  await page.getByLabel(/^Kode 6 angka/).fill(`${sms.slice(0, 3)} ${sms.slice(3)}`);
  await page.getByRole("button", { name: "Catat dukungan saya" }).click();
  await expect(page).toHaveURL(new RegExp(`/lacak/${code}\\?selesai=support`));
  await expect(page.getByText("Terima kasih. Dukungan Anda sudah tercatat.")).toBeVisible();
  await expect(page.getByText("1 orang juga mengalami masalah ini.")).toBeVisible();
  await expectNoAxeViolations(page, "support counted");

  const complaint = await server.db.prisma.complaint.findUniqueOrThrow({ where: { trackingCode: code }, include: { follows: true, supports: true } });
  expect(complaint.supportCount).toBe(1);
  expect(complaint.supports).toHaveLength(1);
  expect(complaint.follows.map((f) => f.contact)).toEqual([phone]);
});

test("a signed-in resident supports in one click and the count goes up; it is not offered again", async ({ page }) => {
  const code = await publicComplaint(page, 11);
  const signIn = await page.context().request.post(`${server.url}/graphql`, {
    data: { query: `mutation($i: SignInInput!) { signIn(input: $i) { errors { message } } }`, variables: { i: { email: "warga@demo.suara.id", password: DEMO_PASSWORD } } },
  });
  expect((await signIn.json()).data.signIn.errors).toEqual([]);

  // The filing's "Ini masalah saya juga" links to /lacak/<kode>/dukung: signed in, it is one click there too.
  await page.goto(`${server.url}/lacak/${code}/dukung`);
  await expect(page.getByText("Anda masuk sebagai", { exact: false })).toBeVisible();
  await expect(page.getByLabel(/^Nomor HP atau email/)).toHaveCount(0);
  await expectNoAxeViolations(page, "support page, signed in");

  await page.goto(`${server.url}/lacak/${code}`);
  const section = page.getByRole("region", { name: "Saya juga mengalami" });
  await expect(section.getByText("11 orang juga mengalami masalah ini.")).toBeVisible();
  await section.getByRole("button", { name: "Saya juga mengalami" }).click();
  await expect(page).toHaveURL(new RegExp(`/lacak/${code}\\?selesai=support`));
  await expect(page.getByText("Terima kasih. Dukungan Anda sudah tercatat.")).toBeVisible();
  await expect(section.getByText("12 orang juga mengalami masalah ini.")).toBeVisible();
  await expect(section.getByText("Dukungan Anda sudah tercatat.", { exact: true })).toBeVisible();
  await expect(section.getByRole("button", { name: "Saya juga mengalami" })).toHaveCount(0);
  await expectNoAxeViolations(page, "supported by the account");

  await page.goto(`${server.url}/lacak/${code}/dukung`);
  await expect(page.getByText("Dukungan Anda sudah tercatat.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Saya juga mengalami" })).toHaveCount(0);
});

test("past the day's codes for a number, the form says when to try again at the field and keeps what was typed", async ({ page }, info) => {
  const code = await publicComplaint(page);
  const typed = `0812 5555 ${info.project.name === "js" ? "4201" : "4202"}`;
  for (let i = 0; i < 5; i++) {
    const res = await page.context().request.post(`${server.url}/graphql`, {
      data: { query: `mutation($i: RequestSupportCodeInput!) { requestSupportCode(input: $i) { sent } }`, variables: { i: { trackingCode: code, contact: typed } } },
    });
    expect((await res.json()).data.requestSupportCode.sent).toBe(true);
  }
  const phone = `+6281255554${typed.slice(-3)}`;
  const sentTo = () => gateway.requests.filter((r) => (JSON.parse(r.body) as { to: string }).to === phone).length;
  // The five codes reach the gateway (the outbox sends them a moment later).
  await expect.poll(sentTo, { timeout: 20_000 }).toBe(5);
  await page.goto(`${server.url}/lacak/${code}/dukung`);
  await page.getByLabel(/^Nomor HP atau email/).fill(typed);
  await page.getByRole("checkbox", { name: /Ikuti kabar laporan ini/ }).check();
  await page.getByRole("button", { name: "Kirim kode" }).click();
  await expect(errorSummary(page)).toContainText(/Sudah terlalu sering meminta kode. Coba lagi dalam \d+ menit/);
  await expect(page.getByLabel(/^Nomor HP atau email/)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel(/^Nomor HP atau email/)).toHaveValue(typed);
  await expect(page.getByRole("checkbox", { name: /Ikuti kabar laporan ini/ })).toBeChecked();
  await expect(page).toHaveURL(new RegExp(`/lacak/${code}/dukung$`));
  await expectNoAxeViolations(page, "support, too many codes");
  // No sixth message (the outbox, every 200 ms, had time to send one).
  await page.waitForTimeout(1_500);
  expect(sentTo()).toBe(5);
});
