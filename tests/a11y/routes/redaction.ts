// Route declaration for redaction before publication (/kerja/<code>/samarkan); routes.ts spreads it in.
import { createComplaintWithPhoto } from "../../e2e/support/factories.ts";
import { tinyPng } from "../../e2e/support/pages.ts";
import { errorSummaryShown } from "../support/acts.ts";
import type { RouteDeclaration } from "../support/declaration.ts";

export const redactionRoutes: Record<string, RouteDeclaration> = {
  "/kerja/[code]/samarkan": {
    role: "verifier",
    params: async (request) => {
      const complaint = await createComplaintWithPhoto(request, {
        description: "Foto petugas di depan kantor desa",
        photo: tinyPng(40, 30),
        story: "Pak Budi Santoso di kantor desa meminta uang. Nomornya 0812-3456-7890.",
      });
      return { code: complaint.trackingCode };
    },
    states: {
      empty: {
        description: "a new complaint: the suggested name and number ticked, the public text, the photo with its 4 × 4 grid of squares and 'hide from the public'",
      },
      errors: {
        description: "a phrase longer than 100 characters saved: the error summary and the field error",
        act: async (page) => {
          await page.getByLabel("Frasa lain yang disamarkan").fill("Budi ".repeat(30));
          await page.getByRole("button", { name: "Simpan teks untuk umum" }).click();
        },
        reached: errorSummaryShown,
      },
      filled: {
        description: "a phrase typed, two squares of the photo and 'hide' ticked, nothing saved",
        act: async (page) => {
          await page.getByLabel("Frasa lain yang disamarkan").fill("kantor desa");
          await page.getByLabel("baris 1, kolom 2").check();
          await page.getByLabel("baris 2, kolom 2").check();
          await page.getByLabel("Sembunyikan foto ini dari umum").check();
        },
      },
    },
  },
};
