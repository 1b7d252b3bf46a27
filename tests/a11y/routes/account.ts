// Route declarations for one area of the app; routes.ts spreads them in.
import { notApplicable, type RouteDeclaration, type ScriptOnly } from "../support/declaration.ts";
import { errorSummaryShown, fillEverything, send } from "../support/acts.ts";
import { DEMO_PASSWORD, demoEmail } from "../../support/demo.ts";
import { signInOver } from "../../support/graphql-http.ts";
import type { BrowserContext } from "@playwright/test";

/** The demo verifier's password only: the browser waits at /masuk/kode for the authenticator code. */
async function passwordOnly({ context, baseURL }: { context: BrowserContext; baseURL: string }): Promise<void> {
  const res = await context.request.post(`${baseURL}/graphql`, {
    data: { query: `mutation($i: SignInInput!) { signIn(input: $i) { next } }`, variables: { i: { email: demoEmail.verifier, password: DEMO_PASSWORD } } },
  });
  if ((await res.json()).data.signIn.next !== "CODE") throw new Error("the demo verifier should need an authenticator code");
}

/** The show-password button of PasswordField exists only once scripted, on purpose. */
const passwordToggle: ScriptOnly = {
  text: /^Tampilkan kata sandi$/,
  reason: "the show-password toggle (PasswordField): unmasking needs JavaScript; without it the field stays a password field",
};

export const accountRoutes: Record<string, RouteDeclaration> = {
  "/daftar": {
    role: "anonymous",
    scriptOnly: [passwordToggle],
    states: {
      empty: { description: "the sign-up form as it opens" },
      errors: { description: "the empty form sent: contact and password missing", act: send("Buat akun"), reached: errorSummaryShown },
      filled: {
        description: "name, e-mail, phone and password typed, not yet sent",
        act: async (page) => {
          await page.locator("#name").fill("Daeng Ngai");
          await page.locator("#email").fill("daeng@contoh.id");
          await page.locator("#phone").fill("0812 3456 7890");
          await page.locator("#password").fill("rumah di tepi sungai");
        },
      },
    },
  },

  "/daftar/kode": {
    role: "anonymous",
    states: {
      empty: { description: "finishing sign-up with the code, as it opens (no code asked for in this browser)" },
      errors: { description: "sent empty: contact and code missing", act: send("Selesaikan pendaftaran"), reached: errorSummaryShown },
      filled: {
        description: "contact and code typed, not yet sent",
        act: async (page) => {
          await page.locator("#contact").fill("warga@contoh.id");
          await page.locator("#code").fill("123 456");
        },
      },
    },
  },

  "/lupa-sandi": {
    role: "anonymous",
    states: {
      empty: { description: "asking for a recovery code, as it opens" },
      errors: { description: "sent without a contact", act: send("Kirim kode"), reached: errorSummaryShown },
      filled: {
        description: "a phone number typed, not yet sent",
        act: async (page) => {
          await page.locator("#contact").fill("0812 3456 7890");
        },
      },
    },
  },

  "/lupa-sandi/kode": {
    role: "anonymous",
    scriptOnly: [passwordToggle],
    states: {
      empty: { description: "entering the code and a new password, as it opens" },
      errors: { description: "sent empty: contact, code and password missing", act: send("Simpan kata sandi baru"), reached: errorSummaryShown },
      filled: {
        description: "contact, code and new password typed, not yet sent",
        act: async (page) => {
          await page.locator("#contact").fill("warga@contoh.id");
          await page.locator("#code").fill("123 456");
          await page.locator("#password").fill("sandi baru yang panjang");
        },
      },
    },
  },

  "/akun": {
    role: "resident",
    states: {
      empty: { description: "Laporan saya of the demo resident" },
      errors: notApplicable("a list with links, no form"),
      filled: {
        description: "after saving a report and after a new password: the confirmation panel above the list",
        path: () => "/akun?sandi=baru",
      },
    },
  },

  "/akun/klaim": {
    role: "resident",
    states: {
      empty: { description: "the claim form as it opens" },
      errors: { description: "sent empty: code and PIN missing", act: send("Simpan ke akun saya"), reached: errorSummaryShown },
      filled: {
        description: "a tracking code and PIN typed, not yet sent",
        act: async (page) => {
          await page.locator("#trackingCode").fill("GWA-7K3P-9Q");
          await page.locator("#accessSecret").fill("1234-5678");
        },
      },
    },
  },

  "/akun/sesi": {
    role: "resident",
    states: {
      empty: { description: "the devices signed in to the demo resident's account, this one first and marked" },
      errors: notApplicable("buttons only, each ending one session; nothing is typed"),
      // Ending a device here would sign out other tests that use the demo resident: the notice is shown as it is after one.
      filled: { description: "after signing another device out: the confirmation panel above the list", path: () => "/akun/sesi?selesai=1" },
    },
  },

  "/akun/ikuti": {
    role: "sahabat",
    states: {
      empty: { description: "the sahabat's kecamatan and every topic, none followed yet" },
      errors: notApplicable(
        "every choice is a checkbox from the viewer's own scope; only a tampered post is refused, which the API tests cover (tests/api/follows.test.ts)",
      ),
      filled: { description: "every kecamatan and topic ticked, not yet saved", act: fillEverything },
    },
  },

  "/masuk/kode": {
    role: "anonymous",
    states: {
      empty: { description: "the demo verifier's password was right: the box for the authenticator code", before: passwordOnly },
      errors: { description: "sent without a code", before: passwordOnly, act: send("Masuk"), reached: errorSummaryShown },
      filled: { description: "six digits typed, not yet sent", before: passwordOnly, act: fillEverything },
    },
    moreStates: {
      recovery: { description: "the box for a recovery code (phone lost)", before: passwordOnly, path: () => "/masuk/kode?pemulihan=1" },
    },
  },

  "/akun/dua-langkah": {
    role: "resident",
    scriptOnly: [passwordToggle],
    states: {
      empty: { description: "the demo resident, not enrolled: the three steps with the QR code and the key in groups of four" },
      errors: { description: "Aktifkan pressed without a code", act: send("Aktifkan"), reached: errorSummaryShown },
      filled: { description: "six digits typed, not yet sent", act: fillEverything },
    },
    moreStates: {
      enrolled: {
        description: "the demo verifier (enrolled) after signing in with a recovery code: codes left, new codes, turning it off",
        before: async ({ context }) => signInOver(context.request, demoEmail.verifier),
        path: () => "/akun/dua-langkah?pemulihan=9",
      },
    },
  },

  "/akun/konfirmasi": {
    role: "verifier",
    states: {
      empty: { description: "confirming with a code before a sensitive action", path: () => "/akun/konfirmasi?kembali=%2Fakun%2Fsesi" },
      errors: { description: "sent without a code", path: () => "/akun/konfirmasi?kembali=%2Fakun%2Fsesi", act: send("Konfirmasi"), reached: errorSummaryShown },
      filled: { description: "a code typed, not yet sent", path: () => "/akun/konfirmasi?kembali=%2Fakun%2Fsesi", act: fillEverything },
    },
  },
};
