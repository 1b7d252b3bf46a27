// Accounts and the reporter's side of the tracking page, with and without JavaScript: sign up,
// claim a complaint filed without an account, "Laporan saya", reply, rate and reopen once
// resolved, follow and stop following, and what a visitor without the PIN may (not) see.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe.ts";
import { codeMailedTo, createComplaint } from "./support/factories.ts";
import { mailboxURL } from "./support/ports.ts";
import { errorSummary, scriptsReady } from "./support/pages.ts";
import { resolveComplaint, verifyComplaint } from "./support/workflow.ts";
import { DEMO_PASSWORD } from "../support/demo.ts";
import { DEMO_TOTP_SECRETS, totpCode } from "../support/second-factor.ts";

let n = 0;
const uniqueEmail = (project: string) => `warga.${project}.${Date.now()}.${++n}@contoh.id`;

/** Signs up on the pages, taking the code from the e-mail as the person would. */
async function signUp(page: Page, email: string, name = "Ibu Hasnah") {
  await page.goto("/daftar");
  await page.getByLabel("Nama", { exact: true }).fill(name);
  await page.getByLabel(/^Alamat email/).fill(email);
  await page.getByLabel("Kata sandi", { exact: true }).fill("sayur asem manis");
  await page.getByRole("button", { name: "Buat akun", exact: true }).click();
  await expect(page).toHaveURL(/\/daftar\/kode$/);
  await expect(page.getByLabel("Email atau nomor HP yang Anda tulis")).toHaveValue(email);
  await page.getByLabel(/^Kode 6 angka/).fill(await codeMailedTo(page.context().request, email));
  await page.getByRole("button", { name: "Selesaikan pendaftaran", exact: true }).click();
  await expect(page).toHaveURL(/\/akun$/);
}

test("sign-up answers an address that has an account like a new one, and its e-mail says so", async ({ page }, info) => {
  const taken = `warga.ada.${info.project.name}.${Date.now()}@contoh.id`;
  await signUp(page, taken, "Pemilik Pertama");
  await page.context().clearCookies();
  await page.goto("/daftar");
  await page.getByLabel("Nama", { exact: true }).fill("Orang Lain");
  await page.getByLabel(/^Alamat email/).fill(taken);
  await page.getByLabel("Kata sandi", { exact: true }).fill("kata sandi lain lagi");
  await page.getByRole("button", { name: "Buat akun", exact: true }).click();
  await expect(page).toHaveURL(/\/daftar\/kode$/);
  await expect(page.getByText(/Kami sudah mengirim pesan ke alamat itu/)).toBeVisible();
  await expectNoAxeViolations(page, "sign-up code");
  await expect(async () => {
    const mail = (await (await page.context().request.get(`${mailboxURL}/surat?to=${encodeURIComponent(taken)}`)).json()) as { subject: string }[];
    expect(mail.at(-1)?.subject).toBe("Anda sudah punya akun Suara");
  }).toPass({ timeout: 20_000 });
  await page.getByLabel(/^Kode 6 angka/).fill("123 456");
  await page.getByRole("button", { name: "Selesaikan pendaftaran", exact: true }).click();
  await expect(errorSummary(page)).toContainText("Kode tidak cocok");
  await expect(page.getByLabel(/^Kode 6 angka/)).toHaveValue("123 456");
});

test("sign-up shows its errors, keeps what was typed, and passes 3.3.8", async ({ page }) => {
  await page.goto("/daftar");
  await expect(page).toHaveTitle("Buat akun – Suara");
  await expect(page.getByLabel("Kata sandi", { exact: true })).toHaveAttribute("autocomplete", "new-password");
  await expect(page.getByLabel(/^Alamat email/)).toHaveAttribute("autocomplete", "email");
  await expect(page.getByLabel(/^Nomor HP/)).toHaveAttribute("autocomplete", "tel");
  await page.getByLabel("Nama", { exact: true }).fill("Daeng Ngai");
  await page.getByLabel("Kata sandi", { exact: true }).fill("pendek");
  await page.getByRole("button", { name: "Buat akun", exact: true }).click();

  await expect(page).toHaveTitle("Galat: Buat akun – Suara");
  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Tulis email atau nomor HP");
  await expect(summary).toContainText("Kata sandi paling sedikit 8 karakter");
  await expect(page.getByLabel("Nama", { exact: true })).toHaveValue("Daeng Ngai");
  await expect(page.getByLabel("Kata sandi", { exact: true })).toHaveValue("");
  await expect(page.getByRole("link", { name: "Masuk", exact: true }).last()).toHaveAttribute("href", "/masuk");
});

test("sign-in goes back to the page the person came from", async ({ page, request }) => {
  const complaint = await createComplaint(request);
  await page.goto(`/lacak/${complaint.trackingCode}`);
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Masuk" }).click();
  await page.getByLabel("Email atau nomor HP").fill("warga@demo.suara.id");
  await page.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/lacak/${complaint.trackingCode}$`));
  await expect(page.getByRole("button", { name: "Ikuti laporan ini" })).toBeVisible();
});

test("a resident signs up, claims a complaint, finds it in Laporan saya, replies, rates and reopens it", async ({ page, request, baseURL }, info) => {
  // The longest filing here: two staff accounts move the complaint, then five forms and several axe runs.
  test.setTimeout(90_000);
  const complaint = await createComplaint(request, { privacy: "ANONYMOUS", reporterPhone: "0812 4444 5555" });
  await resolveComplaint(baseURL!, complaint.trackingCode, "Lubang sudah ditambal pada hari Senin.");

  await signUp(page, uniqueEmail(info.project.name));
  await expect(page.getByRole("heading", { level: 1, name: "Laporan saya" })).toBeVisible();
  await expect(page.getByText("Belum ada laporan di akun ini.")).toBeVisible();
  await expectNoAxeViolations(page, "my complaints, empty");

  await page.getByRole("link", { name: "Simpan laporan yang dikirim tanpa akun" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Simpan laporan ke akun" })).toBeVisible();
  await page.getByLabel("Kode lacak").fill(complaint.trackingCode.toLowerCase());
  await page.getByLabel("PIN", { exact: true }).fill("2222-2222");
  await page.getByRole("button", { name: "Simpan ke akun saya" }).click();
  await expect(errorSummary(page)).toContainText("Kode laporan atau PIN tidak cocok");
  await expect(page.getByLabel("Kode lacak")).toHaveValue(complaint.trackingCode.toLowerCase());
  await expectNoAxeViolations(page, "claim, wrong PIN");

  await page.getByLabel("PIN", { exact: true }).fill(complaint.accessSecret);
  await page.getByRole("button", { name: "Simpan ke akun saya" }).click();
  await expect(page).toHaveURL(/\/akun\?disimpan=/);
  await expect(page.getByText(`Laporan ${complaint.trackingCode} sudah tersimpan di akun Anda.`)).toBeVisible();
  const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: complaint.title }) });
  await expect(item).toContainText("Selesai ditangani");
  await expect(item).toContainText(/Batas waktu/);
  await expectNoAxeViolations(page, "my complaints, one claimed");

  await item.getByRole("link", { name: complaint.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: complaint.title })).toBeVisible();
  await expect(page.getByText("Lubang sudah ditambal pada hari Senin.")).toBeVisible();
  await expect(page.getByText("Sekarang giliran pelapor.")).toBeVisible();
  const mine = page.getByRole("region", { name: "Untuk Anda sebagai pelapor" });
  await expect(mine).toContainText("+6281244445555");
  await expect(page.getByText("Anda pelapornya, jadi Anda selalu mendapat kabar")).toBeVisible();
  await expectNoAxeViolations(page, "tracking page, reporter, resolved");

  await mine.getByLabel("Pesan Anda").fill("Terima kasih, tapi bekas tambalannya masih basah.");
  await mine.getByRole("button", { name: "Kirim balasan" }).click();
  await expect(page.getByText("Balasan Anda sudah terkirim.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Riwayat laporan" })).toContainText("Terima kasih, tapi bekas tambalannya masih basah.");

  // Sent without a choice: an error at the radios, the comment kept.
  await mine.getByLabel("Komentar").fill("Cepat sekali.");
  await mine.getByRole("button", { name: "Kirim penilaian" }).click();
  await expect(errorSummary(page)).toContainText("Pilih nilai dari 1 sampai 5");
  await expect(page).toHaveTitle(/^Galat:/);
  await expect(page.getByLabel("Komentar")).toHaveValue("Cepat sekali.");
  await expectNoAxeViolations(page, "tracking page, rating error");
  await page.getByRole("radio", { name: "4 – Puas" }).check();
  await page.getByRole("button", { name: "Kirim penilaian" }).click();
  await expect(page.getByText("Terima kasih. Penilaian Anda sudah tersimpan.")).toBeVisible();
  await expect(page.getByText("Anda sudah memberi nilai 4 dari 5.")).toBeVisible();
  await expect(page.getByRole("radio", { name: "4 – Puas" })).toHaveCount(0);

  await expect(page.getByText(/Anda bisa membuka kembali laporan ini sampai/)).toBeVisible();
  await page.getByLabel("Apa yang belum beres?").fill("Lubang baru muncul di sebelahnya.");
  await page.getByRole("button", { name: "Buka kembali laporan" }).click();
  await expect(page.getByText("Laporan dibuka kembali dan dikirim lagi ke instansi.")).toBeVisible();
  await expect(page.getByText("Status: Sedang ditindaklanjuti").first()).toBeVisible();
  await expect(page.getByText(/Instansi menjawab paling lambat/)).toBeVisible();
});

test("an account follows and stops following a complaint with one click", async ({ page, request }, info) => {
  const complaint = await createComplaint(request);
  await signUp(page, uniqueEmail(info.project.name), "Pak Rahman");
  await page.goto(`/lacak/${complaint.trackingCode}`);
  const section = page.getByRole("region", { name: "Dapat kabar" });
  await section.getByRole("button", { name: "Ikuti laporan ini" }).click();
  await expect(page.getByText("Anda sekarang mengikuti laporan ini.")).toBeVisible();
  await expect(section).toContainText("Anda mengikuti laporan ini.");
  await expectNoAxeViolations(page, "tracking page, following");
  await section.getByRole("button", { name: "Berhenti mengikuti" }).click();
  await expect(page.getByText("Anda tidak lagi mengikuti laporan ini.")).toBeVisible();
  await expect(section.getByRole("button", { name: "Ikuti laporan ini" })).toBeVisible();
});

test("a resident without an account follows with a phone number and the PIN", async ({ page, request }) => {
  const complaint = await createComplaint(request);
  await page.goto(`/lacak/${complaint.trackingCode}`);
  const section = page.getByRole("region", { name: "Dapat kabar" });
  await section.getByLabel("Nomor HP atau email").fill("0812 9999 1234");
  await section.getByLabel("PIN laporan").fill("1111-1111");
  await section.getByRole("button", { name: "Ikuti laporan ini" }).click();
  await expect(errorSummary(page)).toContainText("Kode laporan atau PIN tidak cocok");
  await expect(page.getByLabel("Nomor HP atau email")).toHaveValue("0812 9999 1234");
  await expectNoAxeViolations(page, "tracking page, follow error");
  await page.getByLabel("PIN laporan").fill(complaint.accessSecret);
  await page.getByRole("button", { name: "Ikuti laporan ini" }).click();
  await expect(page.getByText("Anda sekarang mengikuti laporan ini.")).toBeVisible();
  await page.getByLabel("Nomor HP atau email").fill("0812 9999 1234");
  await page.getByLabel("PIN laporan").fill(complaint.accessSecret);
  await page.getByRole("button", { name: "Berhenti mengirim kabar ke nomor atau email ini" }).click();
  await expect(page.getByText("Anda tidak lagi mengikuti laporan ini.")).toBeVisible();
});

test("without the PIN a visitor sees only the public view; with it, the reporter's", async ({ page, request, context, baseURL }) => {
  const complaint = await createComplaint(request, { privacy: "PUBLIC", reporterName: "Daeng Ngai", reporterEmail: "daeng@contoh.id" });
  // The public reads a complaint once a verifier has checked it.
  await verifyComplaint(baseURL!, complaint.trackingCode);
  await page.goto(`/lacak/${complaint.trackingCode}`);
  await expect(page.getByRole("heading", { level: 1, name: complaint.title })).toBeVisible();
  await expect(page.getByText("Lubang besar di tengah jalan.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Untuk Anda sebagai pelapor" })).toHaveCount(0);
  await expect(page.getByLabel("Pesan Anda")).toHaveCount(0);
  await expect(page.getByText("daeng@contoh.id")).toHaveCount(0);
  await expect(page.getByText("Daeng Ngai")).toHaveCount(0);

  await context.addCookies([
    { name: `akses_${complaint.trackingCode}`, value: complaint.accessSecret, domain: new URL(baseURL!).hostname, path: `/lacak/${complaint.trackingCode}`, httpOnly: true, sameSite: "Lax" },
  ]);
  await page.reload();
  const mine = page.getByRole("region", { name: "Untuk Anda sebagai pelapor" });
  await expect(mine).toContainText("daeng@contoh.id");
  await expect(mine.getByLabel("Pesan Anda")).toBeVisible();
  // Not resolved yet: no rating and no reopening.
  await expect(page.getByRole("button", { name: "Kirim penilaian" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Buka kembali laporan" })).toHaveCount(0);

  // The reporter corrects their contact details; a wrong number is explained and kept.
  await mine.getByLabel(/^Nomor HP/).fill("12");
  await mine.getByRole("button", { name: "Simpan data kontak" }).click();
  await expect(errorSummary(page)).toContainText("Tulis nomor HP yang benar");
  await expect(mine.getByLabel(/^Nomor HP/)).toHaveValue("12");
  await mine.getByLabel(/^Nomor HP/).fill("0812 3434 5656");
  await page.getByRole("button", { name: "Simpan data kontak" }).click();
  await expect(page.getByText("Data kontak Anda sudah diperbarui.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Untuk Anda sebagai pelapor" })).toContainText("+6281234345656");
});

test("a confidential complaint shows nothing without its PIN: the same 404 as a code that does not exist", async ({ page, request, context, baseURL }) => {
  const complaint = await createComplaint(request, { privacy: "CONFIDENTIAL" });
  const hidden = await page.goto(`/lacak/${complaint.trackingCode}`);
  expect(hidden?.status()).toBe(404);
  const hiddenText = await page.getByRole("main").innerText();
  expect(hiddenText).not.toContain(complaint.title);
  const unknown = await page.goto("/lacak/GWA-0000-00");
  expect(unknown?.status()).toBe(404);
  expect((await page.getByRole("main").innerText()).replaceAll("GWA-0000-00", "X")).toBe(hiddenText.replaceAll(complaint.trackingCode, "X"));

  await context.addCookies([
    { name: `akses_${complaint.trackingCode}`, value: complaint.accessSecret, domain: new URL(baseURL!).hostname, path: `/lacak/${complaint.trackingCode}`, httpOnly: true, sameSite: "Lax" },
  ]);
  const shown = await page.goto(`/lacak/${complaint.trackingCode}`);
  expect(shown?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: complaint.title })).toBeVisible();
});

test("too many wrong PINs for one code are said in words at the PIN field, keeping what was typed", async ({ page, request }) => {
  const complaint = await createComplaint(request);
  for (let i = 0; i < 20; i++) {
    await request.post("/graphql", {
      data: { query: `query($c: String!, $s: String) { complaint(trackingCode: $c, accessSecret: $s) { id } }`, variables: { c: complaint.trackingCode, s: "0000-0000" } },
    });
  }
  await page.goto("/lacak");
  await page.getByLabel("Kode lacak").fill(complaint.trackingCode);
  await page.getByLabel(/^PIN/).fill(complaint.accessSecret);
  await page.getByRole("button", { name: "Lacak", exact: true }).click();
  await expect(page).toHaveTitle("Galat: Lacak laporan – Suara");
  await expect(errorSummary(page)).toContainText(/Terlalu banyak percobaan PIN untuk laporan ini. Tunggu \d+ detik/);
  await expect(page.getByLabel(/^PIN/)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel(/^PIN/)).toHaveValue(complaint.accessSecret);
  await expect(page.getByLabel("Kode lacak")).toHaveValue(complaint.trackingCode);
  await expectNoAxeViolations(page, "tracking form, rate limited");
});

test("account recovery answers the same for any contact and asks for the code next", async ({ page }) => {
  await page.goto("/masuk");
  await page.getByRole("link", { name: "Lupa kata sandi?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lupa kata sandi" })).toBeVisible();
  await page.getByRole("button", { name: "Kirim kode" }).click();
  await expect(errorSummary(page)).toContainText("Tulis nomor HP atau alamat email");
  await page.getByLabel("Email atau nomor HP").fill("tidak.ada.akun@contoh.id");
  await page.getByRole("button", { name: "Kirim kode" }).click();
  await expect(page).toHaveURL(/\/lupa-sandi\/kode$/);
  await expect(page.getByText(/Kami sudah mengirim pesan ke email atau nomor itu/)).toBeVisible();
  await expect(page.getByLabel("Email atau nomor HP")).toHaveValue("tidak.ada.akun@contoh.id");
  await expect(page.getByLabel("Kode 6 angka")).toHaveAttribute("autocomplete", "one-time-code");
  await page.getByLabel("Kode 6 angka").fill("123456");
  await page.getByLabel("Kata sandi baru", { exact: true }).fill("sandi baru yang panjang");
  await page.getByRole("button", { name: "Simpan kata sandi baru" }).click();
  await expect(errorSummary(page)).toContainText("Kode tidak cocok atau sudah tidak berlaku");
  await expectNoAxeViolations(page, "reset, wrong code");
});

test("sign-up works with the keyboard alone", async ({ page, javaScriptEnabled }, info) => {
  await page.goto("/daftar");
  await scriptsReady(page, javaScriptEnabled);
  const tabTo = async (id: string) => {
    for (let i = 0; i < 40; i++) {
      if (await page.evaluate((want) => document.activeElement?.id === want, id)) return;
      await page.keyboard.press("Tab");
    }
    throw new Error(`Tab never reached #${id}`);
  };
  await tabTo("name");
  await page.keyboard.type("Nenek Sitti");
  await tabTo("email");
  await page.keyboard.type(uniqueEmail(`kb-${info.project.name}`));
  await tabTo("password");
  await page.keyboard.type("sungai jeneberang");
  const toggle = page.getByRole("button", { name: "Tampilkan kata sandi" });
  if (javaScriptEnabled) {
    // The toggle comes right after the field and works with Space.
    await page.keyboard.press("Tab");
    await expect(toggle).toBeFocused();
    await page.keyboard.press("Space");
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByLabel("Kata sandi", { exact: true })).toHaveAttribute("type", "text");
  } else {
    await expect(toggle).toHaveCount(0);
  }
  const submit = page.getByRole("button", { name: "Buat akun", exact: true });
  for (let i = 0; i < 10 && !(await submit.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(submit).toBeFocused();
  await page.keyboard.press("Enter");
  // The code from the e-mail, typed with the keyboard too.
  await expect(page).toHaveURL(/\/daftar\/kode$/);
  const email = await page.getByLabel("Email atau nomor HP yang Anda tulis").inputValue();
  const code = await codeMailedTo(page.context().request, email);
  await tabTo("code");
  await page.keyboard.type(code);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/akun$/);
  await expect(page.getByText("Masuk sebagai Nenek Sitti.")).toBeVisible();
});

test("a sahabat follows a kecamatan of their own; a resident may not open the page", async ({ page }) => {
  const signInAs = async (email: string) => {
    await page.goto("/masuk?returnTo=%2Fakun%2Fikuti");
    await page.getByLabel("Email atau nomor HP").fill(email);
    await page.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Masuk", exact: true }).click();
    // Staff accounts give the authenticator code next (the demo keys are in the README).
    const secret = DEMO_TOTP_SECRETS[email];
    if (secret) {
      await page.getByLabel("Kode 6 angka dari aplikasi").fill(totpCode(secret));
      await page.getByRole("main").getByRole("button", { name: "Masuk", exact: true }).click();
    }
    await expect(page).toHaveURL(/\/akun\/ikuti$/);
  };
  await signInAs("sahabat@demo.suara.id");
  await expect(page.getByRole("heading", { level: 1, name: "Ikuti kecamatan dan topik" })).toBeVisible();
  const kecamatan = page.getByRole("group", { name: /Kecamatan/ }).getByRole("checkbox");
  expect(await kecamatan.count()).toBeGreaterThan(0);
  const first = kecamatan.first();
  const before = await first.isChecked();
  await first.setChecked(!before);
  await page.getByRole("button", { name: "Simpan pilihan" }).click();
  await expect(page.getByText("Pilihan Anda sudah disimpan.")).toBeVisible();
  await expect(page.getByRole("group", { name: /Kecamatan/ }).getByRole("checkbox").first()).toBeChecked({ checked: !before });
  await expectNoAxeViolations(page, "area follows, saved");

  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("button", { name: "Keluar" }).click();
  await signInAs("warga@demo.suara.id");
  const response = await page.goto("/akun/ikuti");
  expect(response?.status()).toBe(403);
});
