// Route declarations for a resident's rights over their data; routes.ts spreads them in.
import { notApplicable, type RouteDeclaration, type ScriptOnly } from "../support/declaration.ts";
import { errorSummaryShown, send } from "../support/acts.ts";

const passwordToggle: ScriptOnly = {
  text: /^Tampilkan kata sandi$/,
  reason: "the show-password toggle (PasswordField): unmasking needs JavaScript; without it the field stays a password field",
};

export const personalDataRoutes: Record<string, RouteDeclaration> = {
  "/akun/data": {
    role: "resident",
    scriptOnly: [{ text: /^Cetak halaman ini$/, reason: "printing from a button needs a script; without one the browser's own print command prints the same page" }],
    states: {
      empty: { description: "what Suara holds about the demo resident: account, devices, settings, follows, complaints with their history, the download" },
      errors: notApplicable("links and a print button only; nothing is typed (erasing is its own page)"),
      filled: notApplicable("nothing is typed here"),
    },
  },

  "/akun/data/hapus": {
    role: "resident",
    scriptOnly: [passwordToggle],
    states: {
      empty: { description: "what is erased and what stays, the password and the optional deletion codes" },
      // Sent empty: the password is missing, so nothing is checked and the demo resident stays.
      errors: { description: "sent empty: the password missing", act: send("Hapus akun dan data saya"), reached: errorSummaryShown },
      filled: {
        description: "a password and a deletion code typed, not yet sent",
        act: async (page) => {
          await page.locator("#password").fill("kata sandi yang salah");
          await page.locator("#deletionCodes").fill("ABCD-EFGH-JKMN");
        },
      },
    },
  },

  "/akun/data/terhapus": {
    role: "anonymous",
    states: {
      empty: { description: "after erasing: it is done, the person is signed out, the link to forget a shared phone" },
      errors: notApplicable("a confirmation with links only"),
      filled: notApplicable("nothing is typed"),
    },
  },

  "/lupakan": {
    role: "anonymous",
    states: {
      empty: { description: "what forgetting this phone clears, and the confirming button (\"Yakin?\")" },
      errors: notApplicable("one confirming button; nothing is typed"),
      filled: notApplicable("nothing is typed"),
    },
    moreStates: {
      done: {
        description: "after confirming: the phone no longer keeps anything from Suara",
        act: async (page) => {
          await page.getByRole("button", { name: "Yakin? Ya, lupakan ponsel ini" }).click();
        },
        reached: async (page) => {
          await page.getByText("Sudah. HP ini tidak lagi menyimpan apa pun dari Suara.").waitFor();
        },
      },
    },
  },
};
